// The hookyard executable. With a command (`hookyard serve`, `hookyard connector add …`) it is
// the CLI on a QCoreApplication; without one it is the desktop app (when built with the GUI).

#include "cli/clicontext.h"
#include "cli/datadir.h"
#include "core/filemodes.h"
#include "core/headlessprocess.h"
#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef HOOKYARD_WITH_GUI
#include "gui/desktopapp.h"
#endif

int main(int argc, char *argv[])
{
    // Files and folders for this user only, whatever the umask (payment data, agent scripts).
    Hookyard::Core::restrictNewFileModes();
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const bool cli = Hookyard::Cli::isCliInvocation(arguments);
#ifdef HOOKYARD_WITH_GUI
    if (!cli && Hookyard::Cli::hasDisplay(arguments))
        return Hookyard::Gui::runDesktopApp(argc, argv);
#endif
    // Headless: Qt's own event dispatcher on the worker threads; GLib's stays on the main thread,
    // where the keychain's jobs complete (see Core::preferUnixEventDispatcher).
    Hookyard::Core::preferUnixEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKYARD_VERSION));
    // The CLI speaks the system locale's language (or HOOKYARD_LANGUAGE), like the window.
    Hookyard::I18n::installTranslators(app, Hookyard::I18n::languageSetting());
    if (!cli) {
#ifdef HOOKYARD_WITH_GUI
        return Hookyard::Cli::runWithoutDisplay(); // nowhere to show the window
#else
        // Built without the GUI: the bare command has no window to open.
        return Hookyard::Cli::runCli({ arguments.first(), QStringLiteral("--help") });
#endif
    }
    // Commands other than serve print their result and one line per error; the layers' progress
    // notes (info) would only clutter that. QT_LOGGING_RULES still overrides this.
    if (!arguments.contains(QLatin1String("serve")))
        QLoggingCategory::setFilterRules(QStringLiteral("hookyard.*.info=false"));
    return Hookyard::Cli::runCli(arguments);
}

#include "gui/desktopapp.h"

#include "cli/datadir.h"
#include "cli/signalwatcher.h"
#include "core/logging.h"
#include "core/settingsschema.h"
#include "engine/engine.h"
#include "gui/icons.h"
#include "gui/mainwindow.h"
#include "gui/windowactivation.h"
#include "i18n/i18n.h"
#include "storage/settingsrepository.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace Hookyard::Gui {

namespace {
QString takeOption(QStringList *args, const QString &name)
{
    for (int i = 1; i < args->size(); ++i) {
        const QString &arg = args->at(i);
        if (arg == name && i + 1 < args->size()) {
            const QString value = args->at(i + 1);
            args->remove(i, 2);
            return value;
        }
        if (arg.startsWith(name + u'=')) {
            const QString value = arg.mid(name.size() + 1);
            args->removeAt(i);
            return value;
        }
    }
    return {};
}

bool takeFlag(QStringList *args, const QString &name)
{
    return args->removeAll(name) > 0;
}
} // namespace

int runDesktopApp(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hookyard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hookyard"));
    QApplication::setApplicationVersion(QStringLiteral(HOOKYARD_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("hookyard.dev"));
    // One reverse-DNS id names the desktop file, the icon and the metainfo.
    QGuiApplication::setDesktopFileName(QStringLiteral(HOOKYARD_APP_ID));
    QApplication::setWindowIcon(Icons::get(Icons::App));

    // The system's (or HOOKYARD_LANGUAGE's) language from the start, so that start-up errors are
    // translated too; the gui.language setting is applied once the database is open.
    I18n::installTranslators(app, I18n::languageSetting());

    QStringList args = QApplication::arguments();
    QString dataDir;
    QString error;
    if (!Cli::extractDataDir(&args, &dataDir, &error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("Hookyard::Gui::MainWindow", "Hookyard"), error);
        return 2;
    }
    Engine::Engine::Options options;
    options.dataDir = dataDir;
    options.listenOverride = takeOption(&args, QStringLiteral("--listen"));
    // --tray: receive from the tray without opening the window (the login autostart entry's way).
    const bool startInTray = takeFlag(&args, QStringLiteral("--tray"));
    // What is left is a mistake (QApplication has taken Qt's own options, such as -style): a typo
    // like --lsiten must not be ignored.
    if (args.size() > 1) {
        QTextStream(stderr) << "hookyard: "
                            << QApplication::translate(
                                   "Hookyard::Cli",
                                   "unknown option \"%1\": the window takes --data-dir DIR, "
                                   "--listen HOST:PORT and --tray; `hookyard --help` lists "
                                   "the commands")
                                   .arg(args.at(1))
                            << Qt::endl;
        return 2;
    }
    Engine::Engine engine(options);
    // The window says why it does not receive; a terminal or the journal gets it too.
    QObject::connect(&engine, &Engine::Engine::stateChanged, &engine, [&engine] {
        if (engine.state() == Engine::Engine::State::Failed)
            qCWarning(lcGui).noquote() << "not receiving:" << engine.stateText();
    });
    if (!engine.start(&error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("Hookyard::Gui::MainWindow", "Hookyard"),
            QApplication::translate("Hookyard::Gui::MainWindow",
                                    "Hookyard cannot open its data folder %1:\n%2")
                .arg(dataDir, error));
        return 1;
    }
    if (I18n::languageSetting().isEmpty()) { // HOOKYARD_LANGUAGE wins over the setting
        const QString language = Storage::SettingsRepository(engine.database())
                                     .value(QLatin1String(Core::Settings::Language));
        if (!language.isEmpty())
            I18n::installTranslators(app, language);
    }
    // The window's layout, per user (not per data folder): ~/.config/hookyard/window.conf.
    QSettings windowStore(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("hookyard"),
                          QStringLiteral("window"));
    std::unique_ptr<MainWindow> window;
    WindowActivationServer activation;
    const auto openWindow = [&] {
        window = std::make_unique<MainWindow>(engine);
        window->useStateStore(&windowStore);
        if (!startInTray || !window->canStartInTray())
            window->show(); // no tray to start in: the window, as without --tray
        if (engine.isReadOnly())
            return;
        // A second start on this folder shows this window instead of opening its own.
        QObject::connect(&activation, &WindowActivationServer::showRequested, window.get(),
                         &MainWindow::bringToFront);
        QString reason;
        if (!activation.listen(dataDir, &reason))
            qCWarning(lcGui).noquote()
                << "a second start will open its own read-only window:" << reason;
    };
    if (engine.isReadOnly()) {
        // Another process serves the folder: if it is a window, it shows itself and this
        // process ends; `serve` does not answer, and this one opens the read-only window.
        auto *request =
            new WindowActivationRequest(dataDir,
                                        startInTray ? WindowActivationRequest::Ask::NothingToShow
                                                    : WindowActivationRequest::Ask::ShowWindow,
                                        &app);
        QObject::connect(request, &WindowActivationRequest::finished, &app, [&](bool answered) {
            if (answered) {
                qCInfo(lcGui).noquote() << "the window of" << engine.lockHolder()
                                        << "was asked to show itself; this process ends";
                QApplication::exit(0);
            } else {
                openWindow();
            }
        });
    } else {
        openWindow();
    }
    // SIGTERM (the session ending, `kill`, systemd) and SIGINT (Ctrl+C in the terminal that
    // started the window) quit as File > Quit does: the layout is saved, running agents are
    // stopped and resumed at the next start, and the data folder is released.
    Cli::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Cli::SignalWatcher::terminationRequested, &app,
                     [&](int signal) {
                         qCInfo(lcGui).noquote() << "signal" << signal << "received: quitting";
                         if (window)
                             window->quit();
                         else
                             QApplication::exit(0);
                     });
    const int status = QApplication::exec();
    engine.stop();
    return status;
}

} // namespace Hookyard::Gui

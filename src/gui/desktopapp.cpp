#include "gui/desktopapp.h"

#include "cli/datadir.h"
#include "core/settingsschema.h"
#include "engine/engine.h"
#include "gui/icons.h"
#include "gui/mainwindow.h"
#include "storage/settingsrepository.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace Hookyard::Gui {

namespace {
// The interface language: the setting, else the system's. Qt's own strings (dialog buttons)
// follow too.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("hookyard"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

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
    Engine::Engine engine(options);
    if (!engine.start(&error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("Hookyard::Gui::MainWindow", "Hookyard"),
            QApplication::translate("Hookyard::Gui::MainWindow",
                                    "Hookyard cannot open its data folder %1:\n%2")
                .arg(dataDir, error));
        return 1;
    }
    {
        Storage::SettingsRepository settings(engine.database());
        installTranslations(app, settings.value(QLatin1String(Core::Settings::Language)));
    }
    MainWindow window(engine);
    window.show();
    const int status = QApplication::exec();
    engine.stop();
    return status;
}

} // namespace Hookyard::Gui

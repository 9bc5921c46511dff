// Not a test: shows the real window on a real display (run it under xvfb-run) over an existing
// data dir, walks through the pages and saves a PNG of each, for the README.
//   screenshottour DATA_DIR OUT_DIR [SECONDS_BEFORE_FIRST_SHOT]
// Events are sent from outside meanwhile (hookyard trigger NAME TYPE).

#include "engine/engine.h"
#include "gui/eventdetails.h"
#include "gui/eventspage.h"
#include "gui/mainwindow.h"
#include "i18n/i18n.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Hookyard;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Hookyard"));
    // As the app does: the English translation gives the plural forms ("10 events").
    I18n::installTranslators(app, I18n::languageSetting());
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        qWarning("usage: screenshottour DATA_DIR OUT_DIR [DELAY_S]");
        return 2;
    }
    const QString outDir = args.at(2);
    QDir().mkpath(outDir);
    const int delayMs = args.size() > 3 ? args.at(3).toInt() * 1000 : 4000;
    Engine::Engine::Options options;
    options.dataDir = args.at(1);
    Engine::Engine engine(options);
    QString error;
    if (!engine.start(&error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    Gui::MainWindow window(engine);
    window.resize(1400, 860);
    window.move(20, 20);
    window.show();

    auto shoot = [&window, outDir](const QString &name) {
        QScreen *screen = window.screen();
        const QPixmap shot =
            screen->grabWindow(0, window.frameGeometry().x(), window.frameGeometry().y(),
                               window.frameGeometry().width(), window.frameGeometry().height());
        shot.save(outDir + u'/' + name + QStringLiteral(".png"));
    };
    int step = 0;
    QTimer timer;
    timer.setInterval(1500);
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        switch (step++) {
        case 0:
            window.showPage(Gui::MainWindow::ConnectorsPageIndex);
            break;
        case 1:
            shoot(QStringLiteral("connectors"));
            window.showPage(Gui::MainWindow::EventsPageIndex);
            if (auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable")))
                table->selectRow(0);
            break;
        case 2:
            shoot(QStringLiteral("events"));
            if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("eventDetailTabs")))
                tabs->setCurrentIndex(3);
            break;
        case 3:
            shoot(QStringLiteral("event-runs"));
            window.showPage(Gui::MainWindow::AgentsPageIndex);
            break;
        case 4:
            shoot(QStringLiteral("agents"));
            if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("agentTabs")))
                tabs->setCurrentIndex(1);
            break;
        case 5:
            shoot(QStringLiteral("agent-runs"));
            window.showPage(Gui::MainWindow::SettingsPageIndex);
            break;
        case 6:
            shoot(QStringLiteral("settings"));
            break;
        default:
            timer.stop();
            QApplication::quit();
        }
    });
    QTimer::singleShot(delayMs, &timer, qOverload<>(&QTimer::start));
    const int status = QApplication::exec();
    engine.stop();
    return status;
}

// Not a test: the measuring half of tests/benchmarks/bench-gui.sh (issue 4, item 8).
//   guibench stall DATA_DIR SECONDS   the window on the Events page while events arrive from
//                                     outside; prints the longest and the p99 stall of the GUI
//                                     event loop (lateness of a 5 ms timer)
//   guibench open DATA_DIR            time to open the window with the Events page showing,
//                                     then memory after scrolling to the end of the history

#include "engine/engine.h"
#include "gui/eventlistmodel.h"
#include "gui/eventspage.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Hookyard;

namespace {
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: guibench stall DATA_DIR SECONDS | open DATA_DIR\n");
        return 2;
    }
    const bool stall = args.at(1) == QLatin1String("stall");
    Engine::Engine::Options options;
    options.dataDir = args.at(2);
    options.serve = stall; // opening needs no receiver
    Engine::Engine engine(options);
    QString error;
    if (!engine.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Gui::MainWindow window(engine);
    window.showPage(Gui::MainWindow::EventsPageIndex);
    window.show();

    if (!stall) {
        while (!window.isVisible() || !window.windowHandle() || !window.windowHandle()->isExposed())
            QApplication::processEvents();
        QApplication::processEvents();
        const qint64 openMs = sinceStart.elapsed();
        auto *model = window.eventsPage()->model();
        std::printf("open_ms=%lld rows_shown=%d rss_mb=%.1f\n", openMs, model->rowCount(), rssMb());
        QElapsedTimer scrolling;
        scrolling.start();
        auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
        int pages = 0;
        while (model->canFetchMore({})) {
            model->fetchMore({});
            if (++pages % 50 == 0) {
                table->scrollToBottom();
                QApplication::processEvents();
            }
        }
        table->scrollToBottom();
        QApplication::processEvents();
        std::printf("scrolled_to_end_ms=%lld rows=%d rss_mb=%.1f\n", scrolling.elapsed(),
                    model->rowCount(), rssMb());
        engine.stop();
        return 0;
    }

    const int seconds = args.value(3, QStringLiteral("30")).toInt();
    constexpr int TickMs = 5;
    std::vector<qint64> stalls;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(TickMs);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        if (last > 0)
            stalls.push_back(std::max<qint64>(0, now - last - TickMs));
        last = now;
    });
    tick.start();
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    QApplication::exec();
    std::sort(stalls.begin(), stalls.end());
    const qint64 longest = stalls.empty() ? 0 : stalls.back();
    const qint64 p99 = stalls.empty() ? 0 : stalls[size_t(double(stalls.size() - 1) * 0.99)];
    std::printf("seconds=%d ticks=%zu longest_stall_ms=%lld p99_stall_ms=%lld rows=%d\n", seconds,
                stalls.size(), longest, p99, window.eventsPage()->model()->rowCount());
    engine.stop();
    return 0;
}

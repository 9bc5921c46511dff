#include "cli/deliverylog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

using Hookyard::Cli::DeliveryLog;
using Hookyard::Receiver::DeliveryNotice;

// `hookyard serve`'s log shares its destination with standard error under systemd (the journal)
// and with 2>&1: a warning written by another thread must never land inside a delivery's line.
class TestDeliveryLog : public QObject
{
    Q_OBJECT

private slots:
    void linesStayWholeBesideAnotherWriter();

private:
    static DeliveryNotice notice(int i)
    {
        DeliveryNotice n;
        n.connectorName = QStringLiteral("shop");
        n.receivedAtMs = 1'796'629'119'000 + i;
        n.httpStatus = 200;
        n.outcome = Hookyard::Core::DeliveryOutcome::Accepted;
        n.eventId = QStringLiteral("evt_%1").arg(i);
        n.eventType = QStringLiteral("invoice.payment_failed");
        n.remoteAddress = QStringLiteral("127.0.0.1");
        n.latencyUs = 120 + i % 1000;
        return n;
    }
};

void TestDeliveryLog::linesStayWholeBesideAnotherWriter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("serve.log"));
    // One open file, as standard output and standard error are when they go to one place.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    FILE *out = ::fdopen(::dup(fd), "w");
    QVERIFY(out);

    constexpr int Batches = 40;
    constexpr int PerBatch = 250;
    const QByteArray warning = QByteArrayLiteral("hookyard.storage: a warning of another thread\n");
    std::atomic<bool> stop { false };
    int warnings = 0;
    std::thread other([&] {
        while (!stop.load() && warnings < 100'000) {
            if (::write(fd, warning.constData(), size_t(warning.size())) == warning.size())
                ++warnings;
            std::this_thread::yield();
        }
    });
    {
        DeliveryLog log(out);
        for (int b = 0; b < Batches; ++b) {
            QList<DeliveryNotice> batch;
            for (int i = 0; i < PerBatch; ++i)
                batch.append(notice(b * PerBatch + i));
            log.deliveries(batch);
        }
        log.runFinished(1'796'629'120'000, 7, QStringLiteral("succeeded"));
        log.finish();
    }
    stop = true;
    other.join();
    std::fclose(out);
    ::close(fd);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QRegularExpression delivery(QStringLiteral(
        R"(^2026-12-07T07:3\d:\d\d\.\d{3}Z 200 shop invoice\.payment_failed evt_\d+ from 127\.0\.0\.1 \(\d+\.\d\d ms\)$)"));
    int deliveries = 0;
    int others = 0;
    int runs = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (line + '\n' == warning) {
            ++others;
            continue;
        }
        if (line.endsWith(" run #7 succeeded")) {
            ++runs;
            continue;
        }
        QVERIFY2(delivery.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        ++deliveries;
    }
    QCOMPARE(deliveries, Batches * PerBatch);
    QCOMPARE(runs, 1);
    QCOMPARE(others, warnings);
    qInfo("%d delivery lines, %d lines of the other writer", deliveries, others);
}

QTEST_GUILESS_MAIN(TestDeliveryLog)
#include "tst_deliverylog.moc"

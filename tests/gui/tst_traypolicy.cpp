#include "gui/traypolicy.h"

#include <QTest>

using Hookyard::Gui::TrayPolicy;
using Hookyard::Receiver::DeliveryNotice;

namespace {

// (ms since start, deliveries in that batch)
using Schedule = QList<QPair<qint64, int>>;

Schedule every(qint64 fromMs, qint64 toMs, qint64 stepMs, int perBatch)
{
    Schedule batches;
    for (qint64 at = fromMs; at < toMs; at += stepMs)
        batches.append({ at, perBatch });
    return batches;
}

QList<DeliveryNotice> rejected(int count, const QString &reason)
{
    DeliveryNotice notice;
    notice.outcome = Hookyard::Core::DeliveryOutcome::Rejected;
    notice.httpStatus = 400;
    notice.reasonCode = reason;
    return QList<DeliveryNotice>(count, notice);
}

} // namespace

class TestTrayPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsUpdateTheTooltip();
    void rejectedSignatureBursts_data();
    void rejectedSignatureBursts();
    void failedRunNotice_data();
    void failedRunNotice();
    void failedRunsOfOneAgentAreRateLimited_data();
    void failedRunsOfOneAgentAreRateLimited();
    void closeAction_data();
    void closeAction();
    void hiddenToTrayIsSaidOnce_data();
    void hiddenToTrayIsSaidOnce();
};

void TestTrayPolicy::countsUpdateTheTooltip()
{
    TrayPolicy policy;
    QVERIFY(!policy.setCounts(0, 0)); // the start: nothing to tell the tray
    QVERIFY(policy.tooltip().contains(QStringLiteral("0 events")));
    QVERIFY(policy.setCounts(12, 3));
    QVERIFY(policy.tooltip().contains(QStringLiteral("12 events")));
    QVERIFY(policy.tooltip().contains(QStringLiteral("3 rejected")));
    QVERIFY(!policy.setCounts(12, 3)); // unchanged: the tray is not told again
    QVERIFY(policy.setCounts(12, 4));
    QVERIFY(policy.tooltip().contains(QStringLiteral("4 rejected")));
}

void TestTrayPolicy::rejectedSignatureBursts_data()
{
    QTest::addColumn<Schedule>("batches");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("notifications");
    QTest::addColumn<QList<int>>("noticeAt"); // indexes of the batches that notify

    const QString mismatch = QStringLiteral("signature_mismatch");
    QTest::newRow("one failure") << Schedule { { 0, 1 } } << mismatch << true << QList<int> {};
    QTest::newRow("nine in a minute")
        << every(0, 9000, 1000, 1) << mismatch << true << QList<int> {};
    QTest::newRow("ten at once") << Schedule { { 1000, 10 } } << mismatch << true
                                 << QList<int> { 0 };
    QTest::newRow("the tenth within a minute notifies")
        << every(0, 10'000, 1000, 1) << mismatch << true << QList<int> { 9 };
    QTest::newRow("ten spread over more than a minute")
        << every(0, 70'000, 7000, 1) << mismatch << true << QList<int> {};
    // One burst, one notice: 1,000 bad signatures a second for two minutes.
    QTest::newRow("a flood for two minutes")
        << every(0, 120'000, 50, 50) << mismatch << true << QList<int> { 0 };
    // A slow, steady attack never goes quiet for a minute: still one burst.
    QTest::newRow("one every five seconds for half an hour")
        << every(0, 1'800'000, 5000, 1) << mismatch << true << QList<int> { 9 };
    QTest::newRow("two bursts far apart")
        << Schedule { { 0, 10 }, { 400'000, 10 } } << mismatch << true << QList<int> { 0, 1 };
    // The second burst starts within the quiet period: it is not announced, not even once
    // the quiet period is over while it goes on.
    QTest::newRow("a second burst soon after")
        << (Schedule { { 0, 10 }, { 120'000, 10 } } + every(150'000, 600'000, 10'000, 5))
        << mismatch << true << QList<int> { 0 };
    QTest::newRow("other signature failures count")
        << Schedule { { 0, 10 } } << QStringLiteral("timestamp_out_of_tolerance") << true
        << QList<int> { 0 };
    QTest::newRow("rate limits are not a burst")
        << Schedule { { 0, 500 } } << QStringLiteral("rate_limited") << true << QList<int> {};
    QTest::newRow("notifications off")
        << every(0, 120'000, 50, 50) << mismatch << false << QList<int> {};
}

void TestTrayPolicy::rejectedSignatureBursts()
{
    QFETCH(Schedule, batches);
    QFETCH(QString, reason);
    QFETCH(bool, notifications);
    QFETCH(QList<int>, noticeAt);
    TrayPolicy policy;
    policy.setNotificationsEnabled(notifications);
    QList<int> notified;
    for (int i = 0; i < batches.size(); ++i) {
        const auto notice =
            policy.onDeliveries(rejected(batches.at(i).second, reason), batches.at(i).first);
        if (notice) {
            notified.append(i);
            QCOMPARE(notice->title, QStringLiteral("Signatures rejected"));
            QVERIFY(notice->text.contains(QStringLiteral("signature")));
        }
    }
    QCOMPARE(notified, noticeAt);
}

void TestTrayPolicy::failedRunNotice_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<bool>("notifications");
    QTest::addColumn<QString>("title"); // empty: no notice
    QTest::addColumn<QString>("text");

    const QString dunning = QStringLiteral("dunning");
    const QString type = QStringLiteral("invoice.payment_failed");
    QTest::newRow("failed") << QStringLiteral("failed") << dunning << type << true
                            << QStringLiteral("Agent run failed")
                            << QStringLiteral("dunning on invoice.payment_failed (run 7)");
    QTest::newRow("timed out") << QStringLiteral("timed_out") << dunning << type << true
                               << QStringLiteral("Agent run timed out")
                               << QStringLiteral("dunning on invoice.payment_failed (run 7)");
    QTest::newRow("no event type")
        << QStringLiteral("failed") << dunning << QString() << true
        << QStringLiteral("Agent run failed") << QStringLiteral("dunning (run 7)");
    QTest::newRow("run gone") << QStringLiteral("failed") << QString() << QString() << true
                              << QStringLiteral("Agent run failed") << QStringLiteral("Run 7");
    for (const char *state : { "succeeded", "cancelled", "skipped", "running", "queued" })
        QTest::newRow(state) << QString::fromLatin1(state) << dunning << type << true << QString()
                             << QString();
    QTest::newRow("notifications off")
        << QStringLiteral("failed") << dunning << type << false << QString() << QString();
}

void TestTrayPolicy::failedRunNotice()
{
    QFETCH(QString, state);
    QFETCH(QString, agent);
    QFETCH(QString, eventType);
    QFETCH(bool, notifications);
    QFETCH(QString, title);
    QFETCH(QString, text);
    TrayPolicy policy;
    policy.setNotificationsEnabled(notifications);
    const auto notice = policy.onRunFinished(7, state, agent, eventType, 1000);
    QCOMPARE(notice.has_value(), !title.isEmpty());
    if (notice)
        QCOMPARE(*notice, (TrayPolicy::Notice { title, text }));
}

void TestTrayPolicy::failedRunsOfOneAgentAreRateLimited_data()
{
    QTest::addColumn<QStringList>("agents"); // one failed run each, a second apart
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<int>("notices");
    QTest::addColumn<QString>("lastText");

    QTest::newRow("one agent, a hundred failures")
        << QStringList(100, QStringLiteral("dunning")) << qint64(100) << 1
        << QStringLiteral("dunning on invoice.paid (run 1)");
    QTest::newRow("two agents") << QStringList { QStringLiteral("dunning"), QStringLiteral("fraud"),
                                                 QStringLiteral("dunning"),
                                                 QStringLiteral("fraud") }
                                << qint64(100) << 2
                                << QStringLiteral("fraud on invoice.paid (run 2)");
    // After the quiet minute the next failure notifies and counts those left out.
    QTest::newRow("the next minute counts the rest")
        << QStringList(62, QStringLiteral("dunning")) << qint64(1000) << 2
        << QStringLiteral("dunning on invoice.paid (run 61)\n"
                          "59 more failed run(s) of this agent since the last notice.");
    QTest::newRow("far apart, each one")
        << QStringList(3, QStringLiteral("dunning")) << qint64(120'000) << 3
        << QStringLiteral("dunning on invoice.paid (run 3)");
}

void TestTrayPolicy::failedRunsOfOneAgentAreRateLimited()
{
    QFETCH(QStringList, agents);
    QFETCH(qint64, stepMs);
    QFETCH(int, notices);
    QFETCH(QString, lastText);
    TrayPolicy policy;
    int count = 0;
    QString last;
    for (int i = 0; i < agents.size(); ++i) {
        const auto notice = policy.onRunFinished(i + 1, QStringLiteral("failed"), agents.at(i),
                                                 QStringLiteral("invoice.paid"), i * stepMs);
        if (notice) {
            ++count;
            last = notice->text;
        }
    }
    QCOMPARE(count, notices);
    QCOMPARE(last, lastText);
}

void TestTrayPolicy::closeAction_data()
{
    QTest::addColumn<bool>("quitting");
    QTest::addColumn<bool>("closeToTray");
    QTest::addColumn<bool>("trayAvailable");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<TrayPolicy::CloseAction>("action");

    using A = TrayPolicy::CloseAction;
    QTest::newRow("close to tray") << false << true << true << false << A::HideToTray;
    QTest::newRow("setting off") << false << false << true << false << A::Quit;
    // Hiding with no tray would leave a process nobody can see or quit.
    QTest::newRow("no tray") << false << true << false << false << A::Quit;
    QTest::newRow("no tray, setting off") << false << false << false << false << A::Quit;
    QTest::newRow("read-only window") << false << true << true << true << A::Quit;
    QTest::newRow("Quit chosen") << true << true << true << false << A::Quit;
}

void TestTrayPolicy::closeAction()
{
    QFETCH(bool, quitting);
    QFETCH(bool, closeToTray);
    QFETCH(bool, trayAvailable);
    QFETCH(bool, readOnly);
    QFETCH(TrayPolicy::CloseAction, action);
    QCOMPARE(TrayPolicy::closeAction(quitting, closeToTray, trayAvailable, readOnly), action);
}

void TestTrayPolicy::hiddenToTrayIsSaidOnce_data()
{
    QTest::addColumn<bool>("notifications");
    QTest::addColumn<int>("notices");
    QTest::newRow("on") << true << 1;
    QTest::newRow("off") << false << 0;
}

void TestTrayPolicy::hiddenToTrayIsSaidOnce()
{
    QFETCH(bool, notifications);
    QFETCH(int, notices);
    TrayPolicy policy;
    policy.setNotificationsEnabled(notifications);
    int count = 0;
    for (int i = 0; i < 3; ++i)
        count += policy.hiddenToTray() ? 1 : 0;
    QCOMPARE(count, notices);
}

QTEST_GUILESS_MAIN(TestTrayPolicy)
#include "tst_traypolicy.moc"

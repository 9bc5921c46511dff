// The example agents of resources/agents: each loads without a warning, matches the events of
// its use, installs into a data dir, and turns the sample Stripe events into a useful draft.
#include "agents/agentcatalog.h"
#include "agents/agentexamples.h"
#include "agents/agentrun.h"
#include "agents/agentspecreader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Hookyard::Agents;
using namespace Qt::StringLiterals;

class TestAgentExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourExamplesLoadCleanly();
    void installAndLoad();
    void draftsFromSamples_data();
    void draftsFromSamples();
};

void TestAgentExamples::fourExamplesLoadCleanly()
{
    const auto examples = AgentExamples::all();
    QCOMPARE(examples.size(), 4);
    const QHash<QString, QStringList> events {
        { u"dunning"_s, { u"payment_intent.payment_failed"_s, u"invoice.payment_failed"_s } },
        { u"onboarding"_s,
          { u"customer.subscription.created"_s, u"customer.subscription.updated"_s } },
        { u"fraud"_s, { u"radar.early_fraud_warning.created"_s, u"charge.dispute.created"_s } },
        { u"churn"_s, { u"customer.subscription.deleted"_s, u"customer.subscription.updated"_s } },
    };
    for (const AgentExample &e : examples) {
        const auto r = AgentSpecReader::parse(AgentExamples::yaml(e), e.id + u".yaml");
        QVERIFY2(r.ok(), qPrintable(e.id + u": " + r.firstError()));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
        QCOMPARE(r.spec.name, e.id + u"-agent");
        QVERIFY(!r.spec.model.isEmpty() && !r.spec.system.isEmpty());
        QCOMPARE(r.spec.command.value(0), u"python3"_s);
        for (const QString &type : events.value(e.id))
            QVERIFY2(r.spec.matchesEvent(type), qPrintable(e.id + u" " + type));
        QVERIFY(!e.title.isEmpty() && !e.description.isEmpty());
        QCOMPARE(AgentExamples::find(e.id)->id, e.id);
        QCOMPARE(AgentExamples::find(r.spec.name)->id, e.id);
    }
    QVERIFY(!AgentExamples::find(u"nope"_s));
}

void TestAgentExamples::installAndLoad()
{
    QTemporaryDir dir;
    QString error;
    for (const AgentExample &e : AgentExamples::all())
        QVERIFY2(!AgentExamples::install(e, dir.path(), false, &error).isEmpty(),
                 qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath(u"dunning.py"_s)).isExecutable());
    const auto again =
        AgentExamples::install(*AgentExamples::find(u"fraud"_s), dir.path(), false, &error);
    QVERIFY(again.isEmpty());
    QVERIFY2(error.contains(u"--replace"_s), qPrintable(error));
    QVERIFY(!AgentExamples::install(*AgentExamples::find(u"fraud"_s), dir.path(), true, &error)
                 .isEmpty());

    const CatalogSnapshot snapshot = AgentCatalog::scan(dir.path());
    QCOMPARE(snapshot.entries().size(), 4);
    for (const AgentEntry &entry : snapshot.entries())
        QVERIFY2(entry.isOk(), qPrintable(entry.error));
}

void TestAgentExamples::draftsFromSamples_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("mustContain");
    QTest::newRow("dunning intent")
        << u"dunning"_s << u"payment_intent.payment_failed"_s << u"succeeded"_s
        << QStringList { u"$49.00"_s, u"did not have enough funds"_s, u"Hi Jenny"_s };
    QTest::newRow("dunning invoice")
        << u"dunning"_s << u"invoice.payment_failed"_s << u"succeeded"_s
        << QStringList { u"$49.00"_s, u"invoice.stripe.com"_s };
    QTest::newRow("onboarding upgrade")
        << u"onboarding"_s << u"customer.subscription.updated"_s << u"succeeded"_s
        << QStringList { u"from Basic monthly to Pro monthly"_s, u"$49.00 per month"_s };
    QTest::newRow("onboarding new") << u"onboarding"_s << u"customer.subscription.created"_s
                                    << u"succeeded"_s << QStringList { u"Welcome to"_s };
    QTest::newRow("fraud warning") << u"fraud"_s << u"radar.early_fraud_warning.created"_s
                                   << u"succeeded"_s << QStringList { u"refund the charge now"_s };
    QTest::newRow("fraud dispute") << u"fraud"_s << u"charge.dispute.created"_s << u"succeeded"_s
                                   << QStringList { u"$49.00"_s, u"Evidence"_s };
    QTest::newRow("churn deleted")
        << u"churn"_s << u"customer.subscription.deleted"_s << u"succeeded"_s
        << QStringList { u"switched to another service"_s, u"30% off"_s };
    QTest::newRow("churn skips an upgrade")
        << u"churn"_s << u"customer.subscription.updated"_s << u"skipped"_s << QStringList {};
}

void TestAgentExamples::draftsFromSamples()
{
    QFETCH(QString, example);
    QFETCH(QString, sample);
    QFETCH(QString, state);
    QFETCH(QStringList, mustContain);
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
        QSKIP("python3 is not installed");
    QFile file(QStringLiteral(HOOKYARD_SOURCE_DIR "/src/engine/samples/") + sample + u".json");
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the engine's sample events are not there");

    QTemporaryDir dir;
    QString error;
    const QString yaml =
        AgentExamples::install(*AgentExamples::find(example), dir.path(), false, &error);
    const auto read = AgentSpecReader::readFile(yaml);
    QVERIFY(read.ok());
    RunRequest request;
    request.runId = 1;
    request.eventId = u"evt_sample"_s;
    request.eventType = sample;
    request.connectorName = u"billing"_s;
    request.body = file.readAll();
    request.agent = read.spec;
    AgentRun run(request);
    std::optional<RunOutcome> outcome;
    connect(&run, &AgentRun::finished, this, [&](const RunOutcome &o) { outcome = o; });
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30'000);
    QVERIFY2(outcome->state == state,
             qPrintable(outcome->state + u": " + outcome->error + u"\n"
                        + QString::fromUtf8(outcome->log)));
    const QString out = QString::fromUtf8(outcome->output);
    for (const QString &text : mustContain)
        QVERIFY2(out.contains(text), qPrintable(text + u" not in:\n" + out));
}

QTEST_GUILESS_MAIN(TestAgentExamples)
#include "tst_agentexamples.moc"

// The agent and runs commands, end to end: the real hookyard binary on a temporary data dir.
// Events are stored the way the receiver stores them (DeliveryWriter); agenthelper is the agent.
#include "../storage/storagetestutil.h"
#include "agents/agentcatalog.h"
#include "agents/runscheduler.h"
#include "core/clock.h"
#include "processalive.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/datadirlock.h"
#include "storage/deliverywriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Hookyard;
using namespace Qt::StringLiterals;

static const QString Helper = QStringLiteral(HOOKYARD_AGENT_HELPER);

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestAgentCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkReportsLineAndColumn();
    void unknownConnectorsAreAWarning();
    void addCopiesTheScriptAndRefusesDuplicates();
    void addExampleListRemove();
    void addExampleRefusesDuplicates();
    void matchExplains();
    void runsStartHereListShow();
    void runsStartFailureExitsNonZero();
    void runsStartCtrlCCancelsTheRun_data();
    void runsStartCtrlCCancelsTheRun();
    void runsStartQueuesForTheServingProcess();
    void runsStartNoWaitJsonPrintsTheRun();

private:
    Result run(const QStringList &args);
    QProcess *startCli(const QStringList &args);
    QString write(const QString &name, const QByteArray &text);
    void storeEvent(const QString &stripeId, const QString &type);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_src;
};

void TestAgentCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_src = std::make_unique<QTemporaryDir>();
}

void TestAgentCommands::cleanup()
{
    m_dir.reset();
    m_src.reset();
}

QProcess *TestAgentCommands::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProgram(QStringLiteral(HOOKYARD_BINARY));
    p->setArguments(QStringList { u"--data-dir"_s, m_dir->path() } + args);
    p->start();
    p->closeWriteChannel();
    return p;
}

Result TestAgentCommands::run(const QStringList &args)
{
    std::unique_ptr<QProcess> p(startCli(args));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 60'000);
    }();
    return { p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
             p->readAllStandardOutput(), p->readAllStandardError() };
}

QString TestAgentCommands::write(const QString &name, const QByteArray &text)
{
    QFile f(m_src->filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return f.fileName();
}

void TestAgentCommands::storeEvent(const QString &stripeId, const QString &type)
{
    QString error;
    auto db = Storage::Database::open(m_dir->path(), u"test"_s, &error);
    QVERIFY2(db, qPrintable(error));
    auto connector = Storage::ConnectorRepository(*db).byName(u"billing"_s);
    if (!connector)
        connector = Storage::ConnectorRepository(*db).add(u"billing"_s, &error);
    Storage::DeliveryWriter writer(*db);
    const auto r = writer.commitVerified(
        Storage::TestUtil::verifiedDelivery(connector->id, stripeId, type), {});
    QCOMPARE(r.status, Storage::DeliveryWriter::Result::Committed);
}

void TestAgentCommands::checkReportsLineAndColumn()
{
    const QString bad = write(u"bad.yaml"_s, "name: bad\nevents: ['*']\nconcurrency: lots\n");
    Result r = run({ u"agent"_s, u"check"_s, bad });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(
                 QByteArray(bad.toUtf8() + ":3:14: error: `concurrency` must be a whole number")),
             r.out.constData());
    QCOMPARE(r.err.count('\n'), 1); // one clear line
    const QString good = write(u"good.yaml"_s, "name: good\nevents: ['*']\ncolor: red\n");
    r = run({ u"agent"_s, u"check"_s, good });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(":3:1: warning: unknown key `color`"));
    QVERIFY(r.out.contains("ok, agent good"));
}

// A `connectors:` entry that names no connector here (a typo, another case) is a warning: the
// agent would silently never run for it.
void TestAgentCommands::unknownConnectorsAreAWarning()
{
    const QString yaml = write(u"typo.yaml"_s,
                               "name: typo\nevents: ['*']\ncommand: [cat]\n"
                               "connectors: [billing, Billing, ghost]\n");
    // No database yet: nothing to compare with, and none is created for the check.
    Result r = run({ u"agent"_s, u"check"_s, yaml });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains("no connector here"), r.out.constData());
    QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(u"hookyard.db"_s)));

    storeEvent(u"evt_t"_s, u"invoice.paid"_s); // adds the connector billing
    r = run({ u"agent"_s, u"check"_s, yaml });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("`connectors:` names \"ghost\", which is no connector here"),
             r.out.constData());
    QVERIFY2(r.out.contains("`connectors:` names \"Billing\", which is no connector here"),
             r.out.constData());
    QVERIFY2(!r.out.contains("names \"billing\""), r.out.constData());
    r = run({ u"agent"_s, u"add"_s, yaml });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("hookyard: warning: `connectors:` names \"ghost\""), r.err.constData());
}

void TestAgentCommands::addCopiesTheScriptAndRefusesDuplicates()
{
    write(u"draft.sh"_s, "#!/bin/sh\ncat\n");
    const QString yaml =
        write(u"mine.yaml"_s, "name: drafter\nevents: ['invoice.*']\ncommand: sh draft.sh\n");
    Result r = run({ u"agent"_s, u"add"_s, yaml });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // sh is found: no warning
    const QDir agents(Agents::AgentCatalog::agentsDirOf(m_dir->path()));
    QVERIFY(QFile::exists(agents.filePath(u"drafter.yaml"_s)));
    QVERIFY(QFile::exists(agents.filePath(u"draft.sh"_s)));
    // The copy is the owner's only, whatever the source's mode (here 0755 with group write).
    QVERIFY(QFile::setPermissions(m_src->filePath(u"draft.sh"_s),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(run({ u"agent"_s, u"add"_s, yaml, u"--replace"_s }).exitCode == 0);
    QCOMPARE(QFile::permissions(agents.filePath(u"draft.sh"_s))
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY(QFile::permissions(agents.filePath(u"draft.sh"_s)) & QFile::ExeOwner);
    r = run({ u"agent"_s, u"add"_s, yaml });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--replace"));
    // `agent check` says so beforehand: the file is valid, but its name is taken.
    r = run({ u"agent"_s, u"check"_s, yaml });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(QByteArray(QByteArray("warning: the agent \"drafter\" exists already in ")
                                  + QFile::encodeName(agents.filePath(u"drafter.yaml"_s)))),
        r.out.constData());
    // Not about itself: the installed file checked is the one of that name.
    r = run({ u"agent"_s, u"check"_s, agents.filePath(u"drafter.yaml"_s) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains("exists already"), r.out.constData());
    QVERIFY(run({ u"agent"_s, u"add"_s, yaml, u"--replace"_s }).exitCode == 0);
    // Added all the same (the file may be meant for another machine), with a warning: its runs
    // would fail here. `agent check` says the same.
    const QString elsewhere =
        write(u"elsewhere.yaml"_s,
              "name: elsewhere\nevents: ['invoice.*']\ncommand: [hookyard-no-such-program, x]\n");
    r = run({ u"agent"_s, u"add"_s, elsewhere });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(agents.filePath(u"elsewhere.yaml"_s)));
    QVERIFY2(r.err.contains("hookyard: warning: command not found here: hookyard-no-such-program: "
                            "its runs "
                            "will fail until it is installed or `command:` is fixed"),
             r.err.constData());
    r = run({ u"agent"_s, u"check"_s, elsewhere });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("warning: command not found here: hookyard-no-such-program"),
             r.out.constData());
    const QString broken = write(u"broken.yaml"_s, "name: [\n");
    r = run({ u"agent"_s, u"add"_s, broken });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not added"));
}

void TestAgentCommands::addExampleListRemove()
{
    QCOMPARE(run({ u"agent"_s, u"add"_s, u"--example"_s, u"dunning"_s }).exitCode, 0);
    write(u"x.yaml"_s, "name: broken\nretries: many\n");
    QVERIFY(
        QFile::copy(m_src->filePath(u"x.yaml"_s),
                    QDir(Agents::AgentCatalog::agentsDirOf(m_dir->path())).filePath(u"x.yaml"_s)));
    Result r = run({ u"agent"_s, u"list"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)[u"name"_s].toString(), u"dunning-agent"_s);
    QCOMPARE(list.at(0)[u"state"_s].toString(), u"ok"_s);
    QCOMPARE(list.at(0)[u"events"_s].toArray().size(), 2);
    QCOMPARE(list.at(1)[u"state"_s].toString(), u"error"_s);
    QVERIFY(list.at(1)[u"error"_s].toString().startsWith(u"line 2, column 10"_s));
    r = run({ u"agent"_s, u"list"_s });
    QVERIFY2(r.out.contains("dunning-agent  ok\n    events: payment_intent.payment_failed, "
                            "invoice.payment_failed\n    connectors: all\n    command: python3 "
                            "dunning.py\n"),
             r.out.constData());
    QVERIFY(r.out.contains("broken  error  line 2, column 10: "));
    QCOMPARE(run({ u"agent"_s, u"remove"_s, u"dunning-agent"_s }).exitCode, 0);
    QCOMPARE(run({ u"agent"_s, u"remove"_s, u"dunning-agent"_s }).exitCode, 1);
}

void TestAgentCommands::addExampleRefusesDuplicates()
{
    // An agent of the example's name from a file of the user's.
    const QString mine = write(u"mine.yaml"_s, "name: dunning-agent\nevents: ['invoice.*']\n");
    QCOMPARE(run({ u"agent"_s, u"add"_s, mine }).exitCode, 0);
    Result r = run({ u"agent"_s, u"add"_s, u"--example"_s, u"dunning"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("an agent named \"dunning-agent\" exists already"), r.err.constData());
    QVERIFY(r.err.contains("--replace"));
    QCOMPARE(r.err.count('\n'), 1);
    const QDir agents(Agents::AgentCatalog::agentsDirOf(m_dir->path()));
    QVERIFY(!QFile::exists(agents.filePath(u"dunning.yaml"_s)));
    // --replace replaces it, as for a file: one agent, not two in error.
    r = run({ u"agent"_s, u"add"_s, u"--example"_s, u"dunning"_s, u"--replace"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ u"agent"_s, u"list"_s, u"--json"_s });
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)[u"name"_s].toString(), u"dunning-agent"_s);
    QCOMPARE(list.at(0)[u"state"_s].toString(), u"ok"_s);
    // The example itself twice.
    r = run({ u"agent"_s, u"add"_s, u"--example"_s, u"dunning"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("exists already"), r.err.constData());
}

void TestAgentCommands::matchExplains()
{
    storeEvent(u"evt_m"_s, u"invoice.payment_failed"_s);
    run({ u"agent"_s, u"add"_s, u"--example"_s, u"dunning"_s });
    run({ u"agent"_s, u"add"_s, u"--example"_s, u"fraud"_s });
    const Result r = run({ u"agent"_s, u"match"_s, u"evt_m"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray agents = QJsonDocument::fromJson(r.out)[u"agents"_s].toArray();
    QCOMPARE(agents.size(), 2);
    QCOMPARE(agents.at(0)[u"agent"_s].toString(), u"dunning-agent"_s);
    QVERIFY(agents.at(0)[u"starts"_s].toBool());
    QCOMPARE(agents.at(1)[u"verdict"_s].toString(), u"event_not_matched"_s);
    QCOMPARE(run({ u"agent"_s, u"match"_s, u"evt_nope"_s }).exitCode, 1);
}

void TestAgentCommands::runsStartHereListShow()
{
    storeEvent(u"evt_r"_s, u"invoice.paid"_s);
    const QString yaml = write(
        u"echo.yaml"_s, "name: echo\ncommand: ['" + Helper.toUtf8() + "', 'echo', 'log', 'hi']\n");
    QCOMPARE(run({ u"agent"_s, u"add"_s, yaml }).exitCode, 0);
    Result r = run({ u"runs"_s, u"start"_s, u"echo"_s, u"evt_r"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("run #1 succeeded (exit code 0"));
    QVERIFY(r.out.contains("\"id\": \"evt_r\""));
    r = run({ u"runs"_s, u"list"_s, u"--json"_s, u"--agent"_s, u"echo"_s });
    const QJsonArray runs = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.at(0)[u"manual"_s].toBool());
    QCOMPARE(runs.at(0)[u"event"_s].toString(), u"evt_r"_s);
    r = run({ u"runs"_s, u"list"_s });
    QVERIFY2(r.out.startsWith("#1  "), r.out.constData());
    QVERIFY(r.out.contains("  echo  succeeded  invoice.paid  evt_r  exit 0"));
    r = run({ u"runs"_s, u"show"_s, u"1"_s, u"--json"_s });
    const QJsonObject run1 = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(run1[u"state"_s].toString(), u"succeeded"_s);
    QCOMPARE(run1[u"exit_code"_s].toInt(), 0);
    QCOMPARE(run1[u"log"_s].toString(), u"hi\n"_s);
    r = run({ u"runs"_s, u"show"_s, u"1"_s });
    QVERIFY(r.out.contains("--- log ---\nhi\n"));
    QCOMPARE(run({ u"runs"_s, u"show"_s, u"99"_s }).exitCode, 1);
}

void TestAgentCommands::runsStartFailureExitsNonZero()
{
    storeEvent(u"evt_f"_s, u"invoice.paid"_s);
    const QString yaml = write(u"nocmd.yaml"_s, "name: nocmd\n");
    QCOMPARE(run({ u"agent"_s, u"add"_s, yaml }).exitCode, 0);
    const Result r = run({ u"runs"_s, u"start"_s, u"nocmd"_s, u"evt_f"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no default agent command is set"), r.err.constData());
    QVERIFY(r.out.startsWith("run #1 failed"));
    // The event's line and its JSON count the failed run.
    const Result list = run({ u"events"_s, u"list"_s });
    QVERIFY2(list.out.contains("  evt_f  1 run (1 failed)\n"), list.out.constData());
    const QJsonArray events =
        QJsonDocument::fromJson(run({ u"events"_s, u"list"_s, u"--json"_s }).out).array();
    QCOMPARE(events.at(0)[u"runs"_s].toInt(), 1);
    QCOMPARE(events.at(0)[u"runs_failed"_s].toInt(), 1);
    QCOMPARE(events.at(0)[u"runs_active"_s].toInt(), 0);
}

// Ctrl-C (or SIGTERM) on `runs start` without a serve: the agent, in a process group of its
// own that the terminal's Ctrl-C does not reach, is stopped, and the run is cancelled rather
// than left "running" for the next serve to start again.
void TestAgentCommands::runsStartCtrlCCancelsTheRun_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGKILL") << int(SIGKILL); // no cancel, but the agent must not outlive it
}

void TestAgentCommands::runsStartCtrlCCancelsTheRun()
{
    QFETCH(int, signal);
    storeEvent(u"evt_c"_s, u"invoice.paid"_s);
    const QString yaml =
        write(u"hang.yaml"_s,
              "name: hang\ncommand: ['/bin/sh', '-c', 'echo $$ > hang.pid; exec sleep 120']\n");
    QCOMPARE(run({ u"agent"_s, u"add"_s, yaml }).exitCode, 0);
    const QString pidFile =
        QDir(Agents::AgentCatalog::agentsDirOf(m_dir->path())).filePath(u"hang.pid"_s);
    std::unique_ptr<QProcess> cli(startCli({ u"runs"_s, u"start"_s, u"hang"_s, u"evt_c"_s }));
    qint64 agentPid = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile f(pidFile);
            agentPid = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
            return agentPid > 0;
        }(),
        20'000);
    ::kill(pid_t(cli->processId()), signal);
    QTRY_VERIFY_WITH_TIMEOUT(cli->state() == QProcess::NotRunning, 20'000);
    if (signal != SIGKILL) {
        QCOMPARE(cli->exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli->exitCode(), 1);
        QVERIFY(cli->readAllStandardOutput().startsWith("run #1 cancelled"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!Hookyard::AgentsTest::isRunning(agentPid), 10'000);
    const Result shown = run({ u"runs"_s, u"show"_s, u"1"_s, u"--json"_s });
    // After SIGKILL the run still says running: the next serve puts it back in the queue.
    QCOMPARE(QJsonDocument::fromJson(shown.out).object()[u"state"_s].toString(),
             signal == SIGKILL ? u"running"_s : u"cancelled"_s);
}

void TestAgentCommands::runsStartQueuesForTheServingProcess()
{
    storeEvent(u"evt_s"_s, u"invoice.paid"_s);
    const QString yaml = write(
        u"p.yaml"_s, "name: p\ncommand: ['" + Helper.toUtf8() + "', 'env', 'HOOKYARD_RUN_ID']\n");
    QCOMPARE(run({ u"agent"_s, u"add"_s, yaml }).exitCode, 0);

    // This test process plays `hookyard serve`: it holds the lock and runs a scheduler.
    Storage::DataDirLock lock(m_dir->path());
    QString holder;
    QCOMPARE(lock.tryLock(&holder), Storage::DataDirLock::Result::Taken);
    Agents::AgentCatalog catalog(Agents::AgentCatalog::agentsDirOf(m_dir->path()));
    catalog.load();
    Agents::RunScheduler scheduler(m_dir->path(), catalog, Core::Clock::system());
    scheduler.setPollInterval(50);
    QString error;
    QVERIFY(scheduler.start(&error));

    std::unique_ptr<QProcess> cli(startCli({ u"runs"_s, u"start"_s, u"p"_s, u"evt_s"_s }));
    QTRY_VERIFY_WITH_TIMEOUT(cli->state() == QProcess::NotRunning, 60'000);
    const QByteArray err = cli->readAllStandardError();
    QVERIFY2(cli->exitCode() == 0, err.constData());
    QVERIFY(err.contains("queued for"));
    QVERIFY(cli->readAllStandardOutput().contains("HOOKYARD_RUN_ID=1\n"));

    scheduler.setPollInterval(3'600'000);
    const Result queued = run({ u"runs"_s, u"start"_s, u"p"_s, u"evt_s"_s, u"--no-wait"_s });
    QCOMPARE(queued.exitCode, 0);
    QCOMPARE(queued.out, QByteArray("2\n"));
}

void TestAgentCommands::runsStartNoWaitJsonPrintsTheRun()
{
    storeEvent(u"evt_j"_s, u"invoice.paid"_s);
    const QString yaml =
        write(u"j.yaml"_s, "name: j\ncommand: ['" + Helper.toUtf8() + "', 'echo']\n");
    QCOMPARE(run({ u"agent"_s, u"add"_s, yaml }).exitCode, 0);
    // This test process plays `hookyard serve` without running anything: the run stays queued.
    Storage::DataDirLock lock(m_dir->path());
    QString holder;
    QCOMPARE(lock.tryLock(&holder), Storage::DataDirLock::Result::Taken);
    const Result r =
        run({ u"runs"_s, u"start"_s, u"j"_s, u"evt_j"_s, u"--no-wait"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject queued = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(queued[u"id"_s].toInt(), 1);
    QCOMPARE(queued[u"state"_s].toString(), u"queued"_s);
    QCOMPARE(queued[u"agent"_s].toString(), u"j"_s);
    QCOMPARE(queued[u"event"_s].toString(), u"evt_j"_s);
    // The same shape as `runs show --json` (and `runs start --json` when it waits).
    const Result shown = run({ u"runs"_s, u"show"_s, u"1"_s, u"--json"_s });
    QCOMPARE(queued.keys(), QJsonDocument::fromJson(shown.out).object().keys());
}

QTEST_GUILESS_MAIN(TestAgentCommands)
#include "tst_agentcommands.moc"

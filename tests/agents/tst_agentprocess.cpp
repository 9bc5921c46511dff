// AgentProcess and AgentRun: the process contract of ARCHITECTURE.md section 6, with agenthelper
// as the agent (see agenthelper.cpp for its steps).
#include "agents/agentprocess.h"
#include "agents/agentrun.h"
#include "core/filemodes.h"
#include "core/headlessprocess.h"
#include "processalive.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <sys/wait.h>
#include <unistd.h>

using namespace Hookyard::Agents;
using namespace Qt::StringLiterals;

static const QString Helper = QStringLiteral(HOOKYARD_AGENT_HELPER);

class TestAgentProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stdinExactBytesThenEof();
    void workingDirectoryIsTheAgentFolder();
    void stdoutIsResultStderrIsLog();
    void exitCodes();
    void outputIsCappedWithANote();
    void timeoutTerminates();
    void timeoutKillsWhenTermIsIgnored();
    void crashReportsTheSignal();
    void commandNotFound();
    void cancelKills();
    void stoppingKillsWhatTheAgentStarted_data();
    void stoppingKillsWhatTheAgentStarted();
    void finishedChildrenAreNotLeftovers();
    void runEnvironmentContract();
    void agentEnvCannotOverrideTheContract();
    void hookyardsOwnVariablesAreNotInherited();
    void defaultCommandSetting();
    void noCommandAtAll();
    void agentsGetTheUsersUmask();
    void agentsInheritNoDescriptors();

private:
    ProcessResult run(ProcessRequest request);
    RunOutcome run(RunRequest request);
    ProcessRequest request(const QStringList &steps) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAgentProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ProcessRequest TestAgentProcess::request(const QStringList &steps) const
{
    ProcessRequest r;
    r.argv = QStringList { Helper } + steps;
    r.workingDirectory = m_dir->path();
    r.environment = QProcessEnvironment::systemEnvironment();
    r.timeoutMs = 30'000;
    r.killGraceMs = 200;
    return r;
}

ProcessResult TestAgentProcess::run(ProcessRequest request)
{
    AgentProcess process(std::move(request));
    std::optional<ProcessResult> result;
    connect(&process, &AgentProcess::finished, this, [&](const ProcessResult &r) { result = r; });
    process.start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    }();
    return result.value_or(ProcessResult {});
}

RunOutcome TestAgentProcess::run(RunRequest request)
{
    AgentRun job(std::move(request));
    std::optional<RunOutcome> result;
    connect(&job, &AgentRun::finished, this, [&](const RunOutcome &r) { result = r; });
    job.start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    }();
    return result.value_or(RunOutcome {});
}

void TestAgentProcess::stdinExactBytesThenEof()
{
    // Binary, NULs, invalid UTF-8, CRLF, and larger than a pipe buffer: exactly these bytes.
    QByteArray body("{\"id\":\"evt_1\",\"x\":\"\xff\xfe\\u0000\"}\r\n\0tail", 34);
    body += QByteArray(300 * 1024, 'b');
    ProcessRequest r = request({ u"echo"_s });
    r.input = body;
    const ProcessResult result = run(r);
    QVERIFY(result.succeeded());
    QCOMPARE(result.output.size(), body.size());
    QVERIFY(result.output == body);

    // End of file arrives even for an empty body (the agent must not hang waiting).
    const ProcessResult empty = run(request({ u"count-stdin"_s }));
    QCOMPARE(empty.output, QByteArray("0\nEOF\n"));
}

void TestAgentProcess::workingDirectoryIsTheAgentFolder()
{
    const ProcessResult result = run(request({ u"pwd"_s }));
    QCOMPARE(QString::fromUtf8(result.output.trimmed()), QDir(m_dir->path()).canonicalPath());

    // A relative program path is found in the agent folder.
    QVERIFY(QFile::copy(Helper, m_dir->filePath(u"agent"_s)));
    ProcessRequest r = request({ u"print"_s, u"here"_s });
    r.argv[0] = u"./agent"_s;
    QCOMPARE(run(r).output, QByteArray("here"));
}

void TestAgentProcess::stdoutIsResultStderrIsLog()
{
    const ProcessResult result = run(request({ u"print"_s, u"draft"_s, u"log"_s, u"thinking"_s }));
    QCOMPARE(result.output, QByteArray("draft"));
    QCOMPARE(result.log, QByteArray("thinking\n"));
    QVERIFY(!result.outputTruncated);
    QVERIFY(result.error.isEmpty());
}

void TestAgentProcess::exitCodes()
{
    const ProcessResult ok = run(request({ u"exit"_s, u"0"_s }));
    QCOMPARE(ok.status, ProcessResult::Status::Exited);
    QVERIFY(ok.succeeded());
    const ProcessResult three = run(request({ u"exit"_s, u"3"_s }));
    QCOMPARE(three.status, ProcessResult::Status::Exited);
    QCOMPARE(three.exitCode, 3);
    QVERIFY(!three.succeeded());
    QCOMPARE(three.error, u"exited with status 3"_s);
}

void TestAgentProcess::outputIsCappedWithANote()
{
    ProcessRequest r = request({ u"flood"_s, u"3000000"_s, u"flood"_s, u"500000"_s, u"err"_s });
    r.outputCap = 1024 * 1024;
    const ProcessResult result = run(r);
    QVERIFY(result.succeeded()); // a flood never blocks the agent on a full pipe
    QVERIFY(result.outputTruncated);
    QVERIFY(!result.logTruncated);
    QVERIFY(result.output.startsWith(QByteArray(1024 * 1024, 'x')));
    const QByteArray note = result.output.mid(1024 * 1024);
    QVERIFY2(note.contains("output cut at 1048576 bytes; 1951424 more bytes were discarded"),
             note.constData());
    QCOMPARE(result.log.size(), 500000);
}

void TestAgentProcess::timeoutTerminates()
{
    ProcessRequest r = request({ u"sleep"_s, u"60000"_s });
    r.timeoutMs = 100;
    const ProcessResult result = run(r);
    QCOMPARE(result.status, ProcessResult::Status::TimedOut);
    QVERIFY2(result.error.contains(u"timed out after"_s), qPrintable(result.error));
    QVERIFY(result.error.endsWith(u"terminated"_s));
}

void TestAgentProcess::timeoutKillsWhenTermIsIgnored()
{
    ProcessRequest r =
        request({ u"ignore-term"_s, u"print"_s, u"partial"_s, u"sleep"_s, u"60000"_s });
    r.timeoutMs = 100;
    r.killGraceMs = 100;
    const ProcessResult result = run(r);
    QCOMPARE(result.status, ProcessResult::Status::TimedOut);
    QVERIFY2(result.error.contains(u"killed"_s), qPrintable(result.error));
    QCOMPARE(result.output, QByteArray("partial")); // what it printed is kept
}

void TestAgentProcess::crashReportsTheSignal()
{
    const ProcessResult result = run(request({ u"crash"_s }));
    QCOMPARE(result.status, ProcessResult::Status::Crashed);
    QCOMPARE(result.signal, 11);
    QVERIFY2(result.error.startsWith(u"crashed with signal 11"_s), qPrintable(result.error));
}

void TestAgentProcess::commandNotFound()
{
    ProcessRequest r = request({});
    r.argv = QStringList { u"hookyard-no-such-agent"_s, u"x"_s };
    ProcessResult result = run(r);
    QCOMPARE(result.status, ProcessResult::Status::NotFound);
    QCOMPARE(result.error,
             u"command not found: hookyard-no-such-agent; install it, write its full path in "
             "`command:`, or start Hookyard with a PATH that has it"_s);

    r.argv = QStringList { u"./missing.py"_s };
    result = run(r);
    QCOMPARE(result.error,
             u"command not found: ./missing.py; check the path in `command:` (a relative one "
             "starts from the agent's folder)"_s);

    // A script next to the agent named without ./ : say how to name it.
    QFile script(m_dir->filePath(u"draft.py"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.close();
    r.argv = QStringList { u"draft.py"_s };
    result = run(r);
    QVERIFY2(result.error.contains(u"write ./draft.py"_s), qPrintable(result.error));

    // Named with ./ but not executable: say that, not "not found".
    r.argv = QStringList { u"./draft.py"_s };
    result = run(r);
    QCOMPARE(result.status, ProcessResult::Status::NotFound);
    QVERIFY2(result.error.startsWith(u"./draft.py is not executable: make it so with `chmod +x "_s),
             qPrintable(result.error));
}

void TestAgentProcess::cancelKills()
{
    AgentProcess process(request({ u"sleep"_s, u"60000"_s }));
    std::optional<ProcessResult> result;
    connect(&process, &AgentProcess::finished, this, [&](const ProcessResult &r) { result = r; });
    connect(&process, &AgentProcess::started, &process, &AgentProcess::cancel);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QCOMPARE(result->status, ProcessResult::Status::Cancelled);
}

void TestAgentProcess::stoppingKillsWhatTheAgentStarted_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("script");
    const QString plain = u"sleep 60 & echo $! > grandchild.pid; wait"_s;
    // The agent itself ends at SIGTERM; what it started ignores it (and must still go).
    const QString stubborn =
        u"(trap '' TERM; exec sleep 60) & echo $! > grandchild.pid; sleep 100"_s;
    QTest::newRow("cancel") << u"cancel"_s << plain;
    QTest::newRow("timeout") << u"timeout"_s << plain;
    QTest::newRow("timeout, what it started ignores SIGTERM") << u"timeout"_s << stubborn;
    QTest::newRow("owner gone (serve stops)") << u"destroy"_s << plain;
    // The agent exits on its own and leaves a command running (no `wait`); it stays a second,
    // so that the test sees the command run before.
    QTest::newRow("exit, leaving it running")
        << u"exit"_s << u"sleep 60 & echo $! > grandchild.pid; sleep 1"_s;
    QTest::newRow("exit, leaving one that ignores SIGTERM")
        << u"exit"_s << u"(trap '' TERM; exec sleep 60) & echo $! > grandchild.pid; sleep 1"_s;
}

// A shell agent's own commands are stopped with it, or when it exits: none is left running as
// an orphan.
void TestAgentProcess::stoppingKillsWhatTheAgentStarted()
{
    QFETCH(QString, how);
    QFETCH(QString, script);
    const QString pidFile = m_dir->filePath(u"grandchild.pid"_s);
    ProcessRequest r = request({});
    r.argv = QStringList { u"/bin/sh"_s, u"-c"_s, script };
    if (how == u"timeout"_s)
        r.timeoutMs = 1500;
    auto process = std::make_unique<AgentProcess>(r);
    std::optional<ProcessResult> result;
    connect(process.get(), &AgentProcess::finished, this,
            [&](const ProcessResult &done) { result = done; });
    process->start();
    qint64 grandchild = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile f(pidFile);
            grandchild = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
            return grandchild > 0;
        }(),
        20'000);
    QVERIFY(Hookyard::AgentsTest::isRunning(grandchild));
    if (how == u"cancel"_s) {
        process->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QCOMPARE(result->status, ProcessResult::Status::Cancelled);
    } else if (how == u"timeout"_s) {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QCOMPARE(result->status, ProcessResult::Status::TimedOut);
    } else if (how == u"exit"_s) {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QCOMPARE(result->status, ProcessResult::Status::Exited);
        QCOMPARE(result->exitCode, 0);
        QVERIFY2(result->log.contains("left processes of its own running; they were stopped"),
                 result->log.constData());
        process.reset(); // the kill after the grace does not depend on the process object
    } else {
        process.reset();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!Hookyard::AgentsTest::isRunning(grandchild), 10'000);
}

// A child the agent started and that has finished is no leftover, even when nobody reaps it (a
// container whose first process does not): it stays in the group as a zombie. Made here with
// this process as the subreaper of the agent's orphans, reaping none until the check is done.
void TestAgentProcess::finishedChildrenAreNotLeftovers()
{
#ifdef Q_OS_LINUX
    QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
    const auto noSubreaper = qScopeGuard([] { ::prctl(PR_SET_CHILD_SUBREAPER, 0); });
    ProcessRequest r = request({});
    // The background `sleep 0.2` ends after its parent has become `sleep 0.5` (exec), which
    // never reaps it; when that ends, the zombie goes to the subreaper.
    r.argv =
        QStringList { u"/bin/sh"_s, u"-c"_s,
                      u"sh -c 'sleep 0.2 & echo $! > child.pid; exec sleep 0.5'; sleep 0.3"_s };
    const ProcessResult result = run(r);
    QCOMPARE(result.status, ProcessResult::Status::Exited);
    QFile pidFile(m_dir->filePath(u"child.pid"_s));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t child = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(child > 0);
    // It is a zombie of this process now, still in the agent's group.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    const QByteArray line = stat.readAll();
    QCOMPARE(line.mid(line.lastIndexOf(')') + 2, 1), QByteArray("Z"));
    QVERIFY2(!result.log.contains("left processes"), result.log.constData());
    ::waitpid(child, nullptr, 0);
#else
    QSKIP("zombies are told apart on Linux only");
#endif
}

static RunRequest runRequest(const QString &dir, const QStringList &command)
{
    RunRequest r;
    r.runId = 42;
    r.attempt = 2;
    r.eventId = u"evt_123"_s;
    r.eventType = u"invoice.payment_failed"_s;
    r.connectorName = u"billing"_s;
    r.body = "{\"id\":\"evt_123\"}";
    r.agent.name = u"dunning"_s;
    r.agent.model = u"gemini-2.5-flash"_s;
    r.agent.system = u"You are a dunning specialist.\nBe kind."_s;
    r.agent.command = command;
    r.agent.filePath = QDir(dir).filePath(u"dunning.yaml"_s);
    r.agent.timeoutMs = 30'000;
    return r;
}

void TestAgentProcess::runEnvironmentContract()
{
    QStringList steps { Helper };
    const QStringList vars { u"HOOKYARD_EVENT_ID"_s,
                             u"HOOKYARD_EVENT_TYPE"_s,
                             u"HOOKYARD_CONNECTOR"_s,
                             u"HOOKYARD_AGENT"_s,
                             u"HOOKYARD_AGENT_MODEL"_s,
                             u"HOOKYARD_AGENT_SYSTEM"_s,
                             u"HOOKYARD_RUN_ID"_s,
                             u"HOOKYARD_ATTEMPT"_s,
                             u"LANG"_s,
                             u"PATH"_s };
    for (const QString &v : vars)
        steps << u"env"_s << v;
    RunRequest r = runRequest(m_dir->path(), steps);
    r.agent.env = { { u"LANG"_s, u"C.UTF-8"_s } };
    const RunOutcome outcome = run(r);
    QCOMPARE(outcome.state, u"succeeded"_s);
    QCOMPARE(outcome.exitCode, std::optional<int>(0));
    const QString out = QString::fromUtf8(outcome.output);
    QVERIFY2(out.contains(u"HOOKYARD_EVENT_ID=evt_123\n"_s), qPrintable(out));
    QVERIFY(out.contains(u"HOOKYARD_EVENT_TYPE=invoice.payment_failed\n"_s));
    QVERIFY(out.contains(u"HOOKYARD_CONNECTOR=billing\n"_s));
    QVERIFY(out.contains(u"HOOKYARD_AGENT=dunning\n"_s));
    QVERIFY(out.contains(u"HOOKYARD_AGENT_MODEL=gemini-2.5-flash\n"_s));
    QVERIFY(out.contains(u"HOOKYARD_AGENT_SYSTEM=You are a dunning specialist.\nBe kind.\n"_s));
    QVERIFY(out.contains(u"HOOKYARD_RUN_ID=42\n"_s));
    QVERIFY(out.contains(u"HOOKYARD_ATTEMPT=2\n"_s));
    QVERIFY(out.contains(u"LANG=C.UTF-8\n"_s));
    QVERIFY(out.contains(u"PATH=/"_s)); // the system environment is inherited
}

void TestAgentProcess::agentEnvCannotOverrideTheContract()
{
    RunRequest r = runRequest(m_dir->path(), { Helper, u"env"_s, u"HOOKYARD_RUN_ID"_s });
    r.agent.env = { { u"HOOKYARD_RUN_ID"_s, u"spoofed"_s } };
    QCOMPARE(run(r).output, QByteArray("HOOKYARD_RUN_ID=42\n"));
}

void TestAgentProcess::hookyardsOwnVariablesAreNotInherited()
{
    // The headless commands set QT_NO_THREADED_GLIB for themselves; an agent sees the user's
    // environment.
    const bool userSetIt = qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB");
    const bool userSetNoGlib = qEnvironmentVariableIsSet("QT_NO_GLIB");
    Hookyard::Core::preferUnixEventDispatcher();
    QCOMPARE(qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"), userSetIt || !userSetNoGlib);
    const QByteArray expected = userSetIt
        ? "QT_NO_THREADED_GLIB=" + qgetenv("QT_NO_THREADED_GLIB") + "\n"
        : QByteArray("QT_NO_THREADED_GLIB unset\n");
    RunRequest r = runRequest(m_dir->path(), { Helper, u"env"_s, u"QT_NO_THREADED_GLIB"_s });
    QCOMPARE(run(r).output, expected);
}

void TestAgentProcess::defaultCommandSetting()
{
    RunRequest r = runRequest(m_dir->path(), {});
    r.defaultCommand = u"'"_s + Helper + u"' echo log 'from default'"_s;
    const RunOutcome outcome = run(r);
    QCOMPARE(outcome.state, u"succeeded"_s);
    QCOMPARE(outcome.output, r.body);
    QCOMPARE(outcome.log, QByteArray("from default\n"));

    // The agent's own command wins over the default.
    r.agent.command = { Helper, u"print"_s, u"own"_s };
    QCOMPARE(run(r).output, QByteArray("own"));
}

void TestAgentProcess::noCommandAtAll()
{
    RunRequest r = runRequest(m_dir->path(), {});
    const RunOutcome outcome = run(r);
    QCOMPARE(outcome.state, u"failed"_s);
    QVERIFY2(outcome.error.startsWith(u"this agent has no command and no default agent command "
                                      "is set: add `command:` to "_s),
             qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(r.agent.filePath));
    QVERIFY(outcome.error.contains(u"hookyard settings set agents.default_command"_s));
}

// Hookyard's own files are owner-only (umask 077 added at start); an agent gets the user's umask.
void TestAgentProcess::agentsGetTheUsersUmask()
{
    const mode_t before = ::umask(022);
    Hookyard::Core::restrictNewFileModes();
    QCOMPARE(Hookyard::Core::userUmask(), 022);
    QFile own(m_dir->filePath(u"own.txt"_s));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.close();
    QCOMPARE(own.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());

    ProcessRequest r = request({});
    r.argv = QStringList { u"/bin/sh"_s, u"-c"_s, u"umask"_s };
    const ProcessResult result = run(r);
    ::umask(before);
    QCOMPARE(result.output.trimmed(), QByteArray("0022"));
}

// Hookyard's own descriptors (sockets, the database, serve's signal pipe) are not the agent's:
// Qt 6.4's QProcess would hand over every one without FD_CLOEXEC.
void TestAgentProcess::agentsInheritNoDescriptors()
{
    int fds[2] = { -1, -1 };
    QCOMPARE(::pipe(fds), 0); // no O_CLOEXEC: what a careless library would leave open
    const int leaked = ::fcntl(fds[0], F_DUPFD, 50); // a number `ls` would never open itself
    QVERIFY(leaked >= 50);
    ProcessRequest r = request({});
    r.argv = QStringList { u"/bin/ls"_s, u"-1"_s, u"/proc/self/fd"_s };
    const ProcessResult result = run(r);
    ::close(leaked);
    ::close(fds[0]);
    ::close(fds[1]);
    QCOMPARE(result.status, ProcessResult::Status::Exited);
    QStringList open = QString::fromLatin1(result.output).split(u'\n', Qt::SkipEmptyParts);
    open.sort();
    // Standard input, output and error, and the folder ls itself reads.
    QCOMPARE(open, (QStringList { u"0"_s, u"1"_s, u"2"_s, u"3"_s }));
}

QTEST_GUILESS_MAIN(TestAgentProcess)
#include "tst_agentprocess.moc"

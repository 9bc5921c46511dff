#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace Hookyard::Agents {

struct AgentSpec;

// What to run: argv is already split (never a shell, STYLE.md 4), so nothing of an event can
// become part of a command line; the event travels on stdin and in the environment only.
struct ProcessRequest
{
    QStringList argv; // argv[0] is the program: a name found in PATH, or a path
                      // (relative to workingDirectory)
    QString workingDirectory;
    QProcessEnvironment environment;
    QByteArray input; // written to stdin on start, then end of file
    qint64 timeoutMs = 0; // 0 = no timeout
    qint64 killGraceMs = 5000; // between terminate() and kill()
    qint64 outputCap = 1024 * 1024; // bytes kept of stdout and of stderr, each
};

struct ProcessResult
{
    enum class Status { Exited, Crashed, TimedOut, NotFound, FailedToStart, Cancelled };
    Status status = Status::FailedToStart;
    int exitCode = -1; // Exited
    int signal = 0; // Crashed
    QByteArray output; // stdout, capped, with a note appended when cut
    QByteArray log; // stderr, likewise
    bool outputTruncated = false;
    bool logTruncated = false;
    QString error; // a sentence for people; empty for a clean exit 0

    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
};

// One child process (Kate's tool runner pattern, STYLE.md 5): stdin written on started() and
// then closed, stdout and stderr read on readyRead* into capped buffers, the outcome reported
// once through finished(). Never a blocking waitFor...: everything is driven by the event loop
// of the thread that owns it. The timeout is a QTimer: a child process needs real time to run.
class AgentProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentProcess)

public:
    explicit AgentProcess(ProcessRequest request, QObject *parent = nullptr);
    // A child still running is killed: a run never outlives its owner silently.
    ~AgentProcess() override;

    // Starts the child; finished() follows later, also when it cannot start (never from inside
    // start() itself, so callers may connect after calling it in the same function).
    void start();
    // Kills the child; finished() reports Cancelled.
    void cancel();
    bool isRunning() const;
    qint64 processId() const;
    // What the child has printed so far, each stream capped like the result's.
    const QByteArray &outputSoFar() const { return m_result.output; }
    const QByteArray &logSoFar() const { return m_result.log; }

    // The absolute path argv[0] resolves to (PATH of env for bare names, workingDirectory for
    // paths), or empty when there is no such executable file.
    static QString resolveProgram(const QString &program, const QString &workingDirectory,
                                  const QProcessEnvironment &env);
    // The programs of an agent (its command's and its middleware's argv[0]) that
    // resolveProgram() does not find on this machine, with this process's environment and the
    // agent's env: worth a warning when an agent is added or edited (the file may be meant for
    // another machine, so not an error).
    static QStringList missingPrograms(const AgentSpec &spec);
    // What to say about one of them: "command not found here: X: its runs will fail until …".
    static QString missingProgramWarning(const QString &program);

Q_SIGNALS:
    void started();
    void finished(const Hookyard::Agents::ProcessResult &result);

private:
    void onStarted();
    void onReadyRead(QProcess::ProcessChannel channel);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimeout();
    void finish(ProcessResult::Status status, const QString &error);
    void drain();
    void signalGroup(int signal); // SIGTERM or SIGKILL to the child and everything it started
    void stopLeftovers(); // after a normal exit: what the agent left running in its group

    ProcessRequest m_request;
    QProcess *m_process; // heap: a child still running at destruction is let go (see dtor)
    QTimer m_timeout;
    QTimer m_kill;
    ProcessResult m_result;
    qint64 m_outputDropped = 0;
    qint64 m_logDropped = 0;
    bool m_timedOut = false;
    bool m_killed = false;
    qint64 m_group = 0; // the child's process group (its pid), once it started
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace Hookyard::Agents

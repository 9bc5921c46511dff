#include "agents/agentprocess.h"

#include "agents/agentspec.h"
#include "core/duration.h"
#include "core/filemodes.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace Hookyard::Agents {

namespace {

QString trAgents(const char *text)
{
    return QCoreApplication::translate("Hookyard::Agents::AgentProcess", text);
}

// Whether a process group has a member that still runs. kill(-group, 0) also counts zombies:
// in a container whose first process does not reap orphans, the finished children of an agent
// stay in its group as zombies. On Linux, /proc tells them apart.
bool groupRuns(pid_t group)
{
    if (::kill(-group, 0) != 0)
        return false;
#ifdef Q_OS_LINUX
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid.isEmpty() || !pid.front().isDigit())
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // gone meanwhile
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        const QByteArray line = stat.read(512);
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == group && fields.at(0) != "Z")
            return true;
    }
    return false;
#else
    return true;
#endif
}

QByteArray cutNote(const char *stream, qint64 cap, qint64 dropped)
{
    // Appended to what was kept, so that whoever reads the output knows it is not complete.
    return QByteArray("\n[hookyard: ") + stream + " cut at " + QByteArray::number(cap) + " bytes; "
        + QByteArray::number(dropped) + " more bytes were discarded]\n";
}

// In the child, between fork and exec (async-signal-safe calls only): every descriptor above
// standard error is closed at exec. Qt 6.4's QProcess hands the child all of Hookyard's
// descriptors that lack FD_CLOEXEC (6.6 added an option against it); an agent holding the end of
// serve's signal pipe could stop serve, and one holding a socket could answer for the receiver.
// (QProcess's own pipe that reports a failed exec is close-on-exec already, so it still works.)
void closeInheritedDescriptors()
{
#ifdef CLOSE_RANGE_CLOEXEC
    if (::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
#endif
    // Kernels before 5.11: one descriptor at a time, up to the process's limit.
    rlimit files {};
    const rlim_t limit = ::getrlimit(RLIMIT_NOFILE, &files) == 0 ? files.rlim_cur : 1024;
    const int last = int(std::clamp<rlim_t>(limit, 256, 65536));
    for (int fd = 3; fd < last; ++fd)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
}

} // namespace

AgentProcess::AgentProcess(ProcessRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_process(new QProcess(this))
{
    m_timeout.setSingleShot(true);
    m_kill.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &AgentProcess::onTimeout);
    connect(&m_kill, &QTimer::timeout, this, [this] {
        m_killed = true;
        signalGroup(SIGKILL);
    });
    connect(m_process, &QProcess::started, this, &AgentProcess::onStarted);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { onReadyRead(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { onReadyRead(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &AgentProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &AgentProcess::onErrorOccurred);
}

AgentProcess::~AgentProcess()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    // Killed, and let go: QProcess's own destructor would block in waitForFinished() and warn.
    // The orphaned QProcess reaps the child and deletes itself once it has finished.
    m_process->disconnect(this);
    m_process->setParent(nullptr);
    connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    signalGroup(SIGKILL);
}

void AgentProcess::signalGroup(int signal)
{
    // The child leads a process group of its own (start()): the signal reaches what it started
    // too (`sh -c "…"` and its commands), which would otherwise outlive a cancel, a timeout or
    // the end of `serve` as orphans. Only while the child runs: its pid is the group's id then.
    const qint64 pid = m_process->processId();
    if (pid > 0 && m_process->state() != QProcess::NotRunning)
        ::kill(-pid_t(pid), signal);
    // QProcess's own call as well: a child that has not reached setpgid() yet is not a group.
    if (signal == SIGKILL)
        m_process->kill();
    else
        m_process->terminate();
}

QStringList AgentProcess::missingPrograms(const AgentSpec &spec)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : spec.env)
        env.insert(name, value);
    QStringList missing;
    for (const QStringList *argv : { &spec.command, &spec.middleware }) {
        if (!argv->isEmpty() && resolveProgram(argv->first(), spec.directory(), env).isEmpty())
            missing.append(argv->first());
    }
    return missing;
}

QString AgentProcess::missingProgramWarning(const QString &program)
{
    return trAgents("command not found here: %1: its runs will fail until it is installed or "
                    "`command:` is fixed")
        .arg(program);
}

QString AgentProcess::resolveProgram(const QString &program, const QString &workingDirectory,
                                     const QProcessEnvironment &env)
{
    if (program.isEmpty())
        return {};
    if (program.contains(u'/')) {
        const QFileInfo info(QDir(workingDirectory).absoluteFilePath(program));
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    // The child's PATH (the agent's env may change it), not only the parent's.
    const QString path = env.value(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    return QStandardPaths::findExecutable(program, path.split(u':', Qt::SkipEmptyParts));
}

void AgentProcess::start()
{
    const QString program = m_request.argv.value(0);
    const QString resolved =
        resolveProgram(program, m_request.workingDirectory, m_request.environment);
    if (resolved.isEmpty()) {
        QString message = trAgents("command not found: %1").arg(program);
        const QFileInfo named(QDir(m_request.workingDirectory).absoluteFilePath(program));
        if (program.contains(u'/') && named.isFile())
            message = trAgents("%1 is not executable: make it so with `chmod +x %2`")
                          .arg(program, named.absoluteFilePath());
        else if (program.contains(u'/'))
            message += trAgents("; check the path in `command:` (a relative one starts from the "
                                "agent's folder)");
        else if (QFileInfo::exists(QDir(m_request.workingDirectory).filePath(program)))
            message += trAgents(" (to run the file next to the agent, write ./%1)").arg(program);
        else
            message += trAgents("; install it, write its full path in `command:`, or start "
                                "Hookyard with a PATH that has it");
        // Reported from the event loop, as the contract of start() says.
        QMetaObject::invokeMethod(
            this, [this, message] { finish(ProcessResult::Status::NotFound, message); },
            Qt::QueuedConnection);
        return;
    }
    m_process->setProgram(resolved);
    m_process->setArguments(m_request.argv.mid(1));
    m_process->setWorkingDirectory(m_request.workingDirectory);
    m_process->setProcessEnvironment(m_request.environment);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // A process group of its own, led by the child: signalGroup() stops all of it, and a Ctrl-C
    // in the terminal of `hookyard serve` reaches serve (which stops its runs), not the agents.
    // The user's own umask, not Hookyard's stricter one (Core::restrictNewFileModes()).
    // And it dies with Hookyard: a serve killed with SIGKILL (or the power of `kill -9`) would
    // otherwise leave its agents running while the next start runs the same runs again.
    m_process->setChildProcessModifier([mask = Core::userUmask(), parent = ::getpid()] {
        ::setpgid(0, 0);
        if (mask >= 0)
            ::umask(mode_t(mask));
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // Hookyard died before that took effect
            ::_exit(127);
#endif
        closeInheritedDescriptors();
    });
    m_process->start(QIODevice::ReadWrite);
}

void AgentProcess::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_process->state() == QProcess::NotRunning) {
        QMetaObject::invokeMethod(
            this, [this] { finish(ProcessResult::Status::Cancelled, trAgents("cancelled")); },
            Qt::QueuedConnection);
        return;
    }
    signalGroup(SIGKILL);
}

bool AgentProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint64 AgentProcess::processId() const
{
    return m_process->processId();
}

void AgentProcess::onStarted()
{
    m_group = m_process->processId();
    if (m_request.timeoutMs > 0)
        m_timeout.start(int(qMin<qint64>(m_request.timeoutMs, std::numeric_limits<int>::max())));
    // The raw event body exactly as received, then end of file so the agent knows it is whole.
    if (!m_request.input.isEmpty())
        m_process->write(m_request.input);
    m_process->closeWriteChannel();
    Q_EMIT started();
}

void AgentProcess::onReadyRead(QProcess::ProcessChannel channel)
{
    const bool isOut = channel == QProcess::StandardOutput;
    const QByteArray data =
        isOut ? m_process->readAllStandardOutput() : m_process->readAllStandardError();
    QByteArray &kept = isOut ? m_result.output : m_result.log;
    qint64 &dropped = isOut ? m_outputDropped : m_logDropped;
    // Keep reading past the cap and discard: a child blocked on a full pipe would never exit.
    const qint64 room = qMax<qint64>(0, m_request.outputCap - kept.size());
    if (data.size() <= room) {
        kept.append(data);
    } else {
        kept.append(data.constData(), room);
        dropped += data.size() - room;
    }
}

void AgentProcess::drain()
{
    onReadyRead(QProcess::StandardOutput);
    onReadyRead(QProcess::StandardError);
}

void AgentProcess::onTimeout()
{
    m_timedOut = true;
    qCInfo(lcAgents) << "process" << m_process->processId() << "timed out; terminating";
    signalGroup(SIGTERM);
    m_kill.start(
        int(qBound(qint64(0), m_request.killGraceMs, qint64(std::numeric_limits<int>::max()))));
}

void AgentProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    drain();
    if ((m_cancelled || m_timedOut) && m_group > 0) {
        // The agent has ended, but what it started may not have: a command that ignores
        // SIGTERM outlives an agent that obeys it. A stopped run stops all of its group, now
        // (the group's id stays taken while any member lives, so it names nobody else).
        ::kill(-pid_t(m_group), SIGKILL);
    } else if (m_group > 0 && groupRuns(pid_t(m_group))) {
        stopLeftovers();
    }
    m_result.exitCode = exitCode;
    if (m_cancelled) {
        finish(ProcessResult::Status::Cancelled, trAgents("cancelled"));
    } else if (m_timedOut) {
        const QString how = m_killed
            ? trAgents("killed %1 after it ignored the request to terminate")
                  .arg(Core::formatDurationMs(m_request.killGraceMs))
            : trAgents("terminated");
        finish(ProcessResult::Status::TimedOut,
               trAgents("timed out after %1; %2")
                   .arg(Core::formatDurationMs(m_request.timeoutMs), how));
    } else if (status == QProcess::CrashExit) {
        // On Unix, QProcess reports the terminating signal as the exit code of a crash.
        m_result.signal = exitCode;
        m_result.exitCode = -1;
        const char *name = ::strsignal(exitCode);
        finish(ProcessResult::Status::Crashed,
               trAgents("crashed with signal %1 (%2)")
                   .arg(exitCode)
                   .arg(name ? QString::fromLocal8Bit(name) : QString()));
    } else {
        finish(ProcessResult::Status::Exited,
               exitCode == 0 ? QString() : trAgents("exited with status %1").arg(exitCode));
    }
}

void AgentProcess::stopLeftovers()
{
    // The agent ended but processes of its group live on (`cmd &` in a shell agent): out of
    // reach of the run's timeout, and writing into pipes nobody reads any more. They are asked
    // to stop, then killed after the grace, as at a timeout; not if by then all of them are gone.
    const pid_t group = pid_t(m_group);
    ::kill(-group, SIGTERM);
    const int grace =
        int(qBound(qint64(0), m_request.killGraceMs, qint64(std::numeric_limits<int>::max())));
    QTimer::singleShot(grace, QCoreApplication::instance(), [group] {
        if (groupRuns(group))
            ::kill(-group, SIGKILL);
    });
    qCInfo(lcAgents) << "process" << m_group << "exited and left processes running; stopping them";
    m_result.log += QByteArray(
        "\n[hookyard: the agent exited and left processes of its own running; they were "
        "stopped. A program meant to outlive its run must leave the agent's process group "
        "(setsid).]\n");
}

void AgentProcess::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and timeouts arrive through finished(); write errors mean the agent closed stdin
    // early, which it may. Only a failed start ends the run here (finished() never follows).
    if (error != QProcess::FailedToStart)
        return;
    const QString program = m_request.argv.value(0);
    if (m_cancelled) {
        finish(ProcessResult::Status::Cancelled, trAgents("cancelled"));
        return;
    }
    finish(ProcessResult::Status::FailedToStart,
           trAgents("could not start %1: %2").arg(program, m_process->errorString()));
}

void AgentProcess::finish(ProcessResult::Status status, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_kill.stop();
    m_result.status = status;
    m_result.error = error;
    if (m_outputDropped > 0) {
        m_result.outputTruncated = true;
        m_result.output += cutNote("output", m_request.outputCap, m_outputDropped);
    }
    if (m_logDropped > 0) {
        m_result.logTruncated = true;
        m_result.log += cutNote("log", m_request.outputCap, m_logDropped);
    }
    Q_EMIT finished(m_result);
}

} // namespace Hookyard::Agents

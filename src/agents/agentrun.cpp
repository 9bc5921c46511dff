#include "agents/agentrun.h"

#include "agents/commandline.h"
#include "core/headlessprocess.h"
#include "core/logging.h"
#include "storage/runrepository.h"

#include <QCoreApplication>
#include <QDir>

namespace Hookyard::Agents {

namespace {

QString trRun(const char *text)
{
    return QCoreApplication::translate("Hookyard::Agents::AgentRun", text);
}

QString state(const char *value)
{
    return QLatin1String(value);
}

QString firstLine(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text).trimmed();
    const QString line = s.section(u'\n', 0, 0).trimmed();
    return line.size() > 200 ? line.left(200) + u'…' : line;
}

} // namespace

AgentRun::AgentRun(RunRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request))
{
}

AgentRun::~AgentRun() = default;

QStringList AgentRun::agentCommand(const AgentSpec &agent, const QString &defaultCommand,
                                   QString *error)
{
    if (!agent.command.isEmpty())
        return agent.command;
    const QString trimmed = defaultCommand.trimmed();
    if (trimmed.isEmpty()) {
        *error = trRun("this agent has no command and no default agent command is set: add "
                       "`command:` to %1 or run `hookyard settings set agents.default_command "
                       "\"…\"`")
                     .arg(agent.filePath);
        return {};
    }
    const CommandLine::Split split = CommandLine::split(trimmed);
    if (!split.ok || split.arguments.isEmpty()) {
        *error = trRun("the default agent command (agents.default_command) cannot be used: %1")
                     .arg(split.ok ? trRun("it is empty") : split.error);
        return {};
    }
    return split.arguments;
}

QProcessEnvironment AgentRun::environment(const RunRequest &request)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // What Hookyard set for itself (Core::preferUnixEventDispatcher) is not the user's
    // environment: agents get the environment Hookyard was started with.
    for (const QString &name : Core::ownEnvironmentVariables())
        env.remove(name);
    for (const auto &[name, value] : request.agent.env)
        env.insert(name, value);
    env.insert(QStringLiteral("HOOKYARD_EVENT_ID"), request.eventId);
    env.insert(QStringLiteral("HOOKYARD_EVENT_TYPE"), request.eventType);
    env.insert(QStringLiteral("HOOKYARD_CONNECTOR"), request.connectorName);
    env.insert(QStringLiteral("HOOKYARD_AGENT"), request.agent.name);
    env.insert(QStringLiteral("HOOKYARD_AGENT_MODEL"), request.agent.model);
    env.insert(QStringLiteral("HOOKYARD_AGENT_SYSTEM"), request.agent.system);
    env.insert(QStringLiteral("HOOKYARD_RUN_ID"), QString::number(request.runId));
    env.insert(QStringLiteral("HOOKYARD_ATTEMPT"), QString::number(request.attempt));
    return env;
}

ProcessRequest AgentRun::processRequest(const QStringList &argv, const QByteArray &input) const
{
    ProcessRequest p;
    p.argv = argv;
    p.workingDirectory = m_request.agent.directory();
    p.environment = environment(m_request);
    p.input = input;
    p.timeoutMs = m_request.agent.timeoutMs;
    p.killGraceMs = m_request.killGraceMs;
    p.outputCap = m_request.outputCap;
    return p;
}

void AgentRun::start()
{
    if (!m_request.agent.middleware.isEmpty()) {
        m_process = std::make_unique<AgentProcess>(
            processRequest(m_request.agent.middleware, m_request.body));
        connect(m_process.get(), &AgentProcess::finished, this, &AgentRun::onMiddlewareFinished);
        m_process->start();
        return;
    }
    startAgent(m_request.body);
}

void AgentRun::startAgent(const QByteArray &input)
{
    QString error;
    const QStringList argv = agentCommand(m_request.agent, m_request.defaultCommand, &error);
    if (argv.isEmpty()) {
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                RunOutcome o;
                o.state = state(Storage::RunStates::Failed);
                o.error = error;
                o.log = m_middlewareLog;
                complete(std::move(o));
            },
            Qt::QueuedConnection);
        return;
    }
    m_process = std::make_unique<AgentProcess>(processRequest(argv, input));
    m_agentStarted = true;
    connect(m_process.get(), &AgentProcess::started, this,
            [this] { Q_EMIT processStarted(m_process->processId()); });
    connect(m_process.get(), &AgentProcess::finished, this, &AgentRun::onAgentFinished);
    m_process->start();
}

std::optional<RunProgress> AgentRun::progress() const
{
    if (!m_agentStarted || !m_process || m_done)
        return std::nullopt;
    return RunProgress { m_process->outputSoFar(), m_middlewareLog + m_process->logSoFar() };
}

void AgentRun::cancel()
{
    m_cancelled = true;
    if (m_process) {
        m_process->cancel();
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            RunOutcome o;
            o.state = state(Storage::RunStates::Cancelled);
            o.error = trRun("cancelled");
            complete(std::move(o));
        },
        Qt::QueuedConnection);
}

void AgentRun::onMiddlewareFinished(const ProcessResult &r)
{
    // The middleware's stderr goes first in the run's log, marked, so that a skip can be
    // understood afterwards.
    if (!r.log.isEmpty())
        m_middlewareLog = "[middleware] " + r.log + (r.log.endsWith('\n') ? "" : "\n");
    RunOutcome o;
    o.log = m_middlewareLog;
    o.logTruncated = r.logTruncated;
    if (r.status == ProcessResult::Status::Cancelled) {
        o.state = state(Storage::RunStates::Cancelled);
        o.error = trRun("cancelled");
    } else if (r.status == ProcessResult::Status::TimedOut) {
        o.state = state(Storage::RunStates::TimedOut);
        o.error = trRun("middleware %1").arg(r.error);
    } else if (r.status == ProcessResult::Status::Exited && r.exitCode != 0) {
        o.state = state(Storage::RunStates::Skipped);
        o.exitCode = r.exitCode;
        const QString why = firstLine(r.log);
        o.error = why.isEmpty()
            ? trRun("skipped: the middleware exited with status %1").arg(r.exitCode)
            : trRun("skipped: the middleware exited with status %1: %2").arg(r.exitCode).arg(why);
    } else if (r.status != ProcessResult::Status::Exited) {
        o.state = state(Storage::RunStates::Failed);
        o.error = trRun("middleware: %1").arg(r.error);
    } else if (r.output.trimmed().isEmpty()) {
        o.state = state(Storage::RunStates::Skipped);
        o.exitCode = 0;
        o.error = trRun("skipped: the middleware printed nothing");
    } else if (r.outputTruncated) {
        // A cut event is not the event: better not to run the agent on half of it.
        o.state = state(Storage::RunStates::Failed);
        o.error = trRun("the middleware printed more than %1 bytes").arg(m_request.outputCap);
    } else {
        m_process.release()->deleteLater();
        startAgent(r.output);
        return;
    }
    complete(std::move(o));
}

void AgentRun::onAgentFinished(const ProcessResult &r)
{
    RunOutcome o;
    o.output = r.output;
    o.log = m_middlewareLog + r.log;
    o.outputTruncated = r.outputTruncated;
    o.logTruncated = r.logTruncated;
    o.error = r.error;
    switch (r.status) {
    case ProcessResult::Status::Exited:
        o.exitCode = r.exitCode;
        o.state =
            state(r.exitCode == 0 ? Storage::RunStates::Succeeded : Storage::RunStates::Failed);
        break;
    case ProcessResult::Status::TimedOut:
        o.state = state(Storage::RunStates::TimedOut);
        break;
    case ProcessResult::Status::Cancelled:
        o.state = state(Storage::RunStates::Cancelled);
        break;
    case ProcessResult::Status::Crashed:
    case ProcessResult::Status::NotFound:
    case ProcessResult::Status::FailedToStart:
        o.state = state(Storage::RunStates::Failed);
        break;
    }
    complete(std::move(o));
}

void AgentRun::complete(RunOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    if (m_cancelled && outcome.state != QLatin1String(Storage::RunStates::Cancelled)) {
        outcome.state = state(Storage::RunStates::Cancelled);
        outcome.error = trRun("cancelled");
    }
    Q_EMIT finished(outcome);
}

} // namespace Hookyard::Agents

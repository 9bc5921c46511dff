#pragma once

#include "agents/agentprocess.h"
#include "agents/agentspec.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Hookyard::Agents {

// Everything one attempt of a run needs; no database access happens inside AgentRun.
struct RunRequest
{
    qint64 runId = 0;
    int attempt = 1;
    QString eventId; // Stripe's evt_...
    QString eventType;
    QString connectorName;
    QByteArray body; // the raw event body, exactly as received
    AgentSpec agent;
    QString defaultCommand; // the agents.default_command setting ("" = none)
    qint64 outputCap = 1024 * 1024;
    qint64 killGraceMs = 5000;
};

struct RunOutcome
{
    QString state; // a Storage::RunStates value
    std::optional<int> exitCode;
    QByteArray output;
    QByteArray log;
    bool outputTruncated = false;
    bool logTruncated = false;
    QString error;
};

// What a running agent has printed so far.
struct RunProgress
{
    QByteArray output;
    QByteArray log; // the middleware's first, as in the outcome
    // Both only grow (up to the cap): their total size tells whether anything changed.
    qint64 size() const { return output.size() + log.size(); }
};

// One attempt of one run: the optional middleware process, then the agent process (section 6's
// process contract). Emits finished() exactly once. Lives on the thread that owns it.
class AgentRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentRun)

public:
    explicit AgentRun(RunRequest request, QObject *parent = nullptr);
    ~AgentRun() override;

    void start();
    void cancel();
    // While the agent's own process exists: what it has printed so far. Nothing before (while
    // the middleware runs) or after it finished (finished() has the outcome).
    std::optional<RunProgress> progress() const;
    qint64 runId() const { return m_request.runId; }
    const QString &agentName() const { return m_request.agent.name; }

    // The agent's argv: its `command`, or the default command split like a command line; empty
    // with *error set (a sentence saying how to fix it) when there is none.
    static QStringList agentCommand(const AgentSpec &agent, const QString &defaultCommand,
                                    QString *error);
    // The system environment + the agent's env + HOOKYARD_* (which win: the contract holds).
    static QProcessEnvironment environment(const RunRequest &request);

Q_SIGNALS:
    // The agent's own process started (not the middleware's).
    void processStarted(qint64 pid);
    void finished(const Hookyard::Agents::RunOutcome &outcome);

private:
    void startAgent(const QByteArray &input);
    void onMiddlewareFinished(const ProcessResult &result);
    void onAgentFinished(const ProcessResult &result);
    void complete(RunOutcome outcome);
    ProcessRequest processRequest(const QStringList &argv, const QByteArray &input) const;

    RunRequest m_request;
    std::unique_ptr<AgentProcess> m_process;
    QByteArray m_middlewareLog;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_agentStarted = false; // m_process is the agent's, not the middleware's
};

} // namespace Hookyard::Agents

#pragma once

#include "agents/agentspec.h"
#include "core/delivery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hookyard::Core {
struct Connector;
}

namespace Hookyard::Agents {

// One agent file as the catalog knows it.
struct AgentEntry
{
    enum class State { Ok, Error };
    State state = State::Error;
    QString filePath;
    AgentSpec spec; // complete when Ok; name (maybe) when Error
    QList<AgentDiagnostic> diagnostics; // errors and warnings
    QString error; // the first error, "line 3, column 7: ..."; empty when Ok

    bool isOk() const { return state == State::Ok; }
    QString stateText() const; // "ok" | "error"
};

// Why an agent would (not) start for an event: `hookyard agent match` and the GUI preview.
struct MatchExplanation
{
    enum class Verdict { Starts, Disabled, EventNotMatched, ConnectorNotListed, FileHasErrors };
    QString agent; // the name, or the file name when the file has no readable name
    QString filePath;
    Verdict verdict = Verdict::FileHasErrors;
    QString reason; // a sentence for people

    bool starts() const { return verdict == Verdict::Starts; }
    static QString verdictCode(Verdict verdict); // "starts", "disabled", ... (for --json)
};

// An immutable view of the catalog at one moment. Shared through std::shared_ptr<const ...>
// between the main thread and the receiver thread; never modified after construction, so it
// needs no lock of its own.
class CatalogSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(Hookyard::Agents::CatalogSnapshot)

public:
    CatalogSnapshot() = default;
    explicit CatalogSnapshot(QList<AgentEntry> entries);

    const QList<AgentEntry> &entries() const { return m_entries; }
    // The loaded (Ok) agent of that name, or nullptr.
    const AgentSpec *agent(const QString &name) const;
    // Any entry (Ok or Error) whose agent is called name, or whose file is <name>.yaml|.yml.
    const AgentEntry *entry(const QString &name) const;

    // The runs a new event starts: enabled agents whose events and connectors match, in name
    // order. Cheap: no I/O, no allocation beyond the result.
    QList<Core::PlannedRun> plan(const Core::Connector &connector, const QString &eventType) const;
    QList<MatchExplanation> explain(const QString &connectorName, const QString &connectorId,
                                    const QString &eventType) const;

private:
    QList<AgentEntry> m_entries; // sorted by file name
};

} // namespace Hookyard::Agents

#include "agents/catalogsnapshot.h"

#include "core/connector.h"

#include <QFileInfo>

namespace Hookyard::Agents {

QString AgentEntry::stateText() const
{
    return isOk() ? QStringLiteral("ok") : QStringLiteral("error");
}

QString MatchExplanation::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Starts:
        return QStringLiteral("starts");
    case Verdict::Disabled:
        return QStringLiteral("disabled");
    case Verdict::EventNotMatched:
        return QStringLiteral("event_not_matched");
    case Verdict::ConnectorNotListed:
        return QStringLiteral("connector_not_listed");
    case Verdict::FileHasErrors:
        return QStringLiteral("file_has_errors");
    }
    return {};
}

CatalogSnapshot::CatalogSnapshot(QList<AgentEntry> entries) : m_entries(std::move(entries)) { }

const AgentSpec *CatalogSnapshot::agent(const QString &name) const
{
    for (const AgentEntry &e : m_entries) {
        if (e.isOk() && e.spec.name == name)
            return &e.spec;
    }
    return nullptr;
}

const AgentEntry *CatalogSnapshot::entry(const QString &name) const
{
    for (const AgentEntry &e : m_entries) {
        if (e.isOk() && e.spec.name == name)
            return &e;
    }
    for (const AgentEntry &e : m_entries) {
        if (e.spec.name == name || QFileInfo(e.filePath).completeBaseName() == name)
            return &e;
    }
    return nullptr;
}

QList<Core::PlannedRun> CatalogSnapshot::plan(const Core::Connector &connector,
                                              const QString &eventType) const
{
    QList<Core::PlannedRun> runs;
    for (const AgentEntry &e : m_entries) {
        if (e.isOk() && e.spec.enabled && e.spec.matchesEvent(eventType)
            && e.spec.matchesConnector(connector.name, connector.id))
            runs.append(Core::PlannedRun { e.spec.name });
    }
    return runs;
}

QList<MatchExplanation> CatalogSnapshot::explain(const QString &connectorName,
                                                 const QString &connectorId,
                                                 const QString &eventType) const
{
    QList<MatchExplanation> list;
    for (const AgentEntry &e : m_entries) {
        MatchExplanation m;
        m.agent = e.spec.name.isEmpty() ? QFileInfo(e.filePath).fileName() : e.spec.name;
        m.filePath = e.filePath;
        const AgentSpec &s = e.spec;
        if (!e.isOk()) {
            m.verdict = MatchExplanation::Verdict::FileHasErrors;
            m.reason = tr("the file has errors: %1").arg(e.error);
        } else if (!s.enabled) {
            m.verdict = MatchExplanation::Verdict::Disabled;
            m.reason = tr("disabled (enabled: false)");
        } else if (!s.matchesEvent(eventType)) {
            m.verdict = MatchExplanation::Verdict::EventNotMatched;
            m.reason = s.events.isEmpty() ? tr("no `events` listed: it starts only by hand")
                                          : tr("%1 matches none of its events: %2")
                                                .arg(eventType, s.events.join(QLatin1String(", ")));
        } else if (!s.matchesConnector(connectorName, connectorId)) {
            m.verdict = MatchExplanation::Verdict::ConnectorNotListed;
            m.reason = tr("connector %1 is not in its connectors: %2")
                           .arg(connectorName, s.connectors.join(QLatin1String(", ")));
        } else {
            m.verdict = MatchExplanation::Verdict::Starts;
            m.reason = tr("would start");
        }
        list.append(m);
    }
    return list;
}

} // namespace Hookyard::Agents

#include "agents/connectorlinks.h"

namespace Hookyard::Agents {

ConnectorLinks::Link ConnectorLinks::linkOf(const AgentSpec &spec, const Core::Connector &connector)
{
    if (spec.connectors.isEmpty())
        return Link::AllConnectors;
    return spec.matchesConnector(connector.name, connector.id) ? Link::Listed : Link::NotLinked;
}

std::optional<QStringList> ConnectorLinks::changed(const AgentSpec &spec,
                                                   const Core::Connector &connector, bool link,
                                                   const QList<Core::Connector> &all,
                                                   QString *error)
{
    const Link now = linkOf(spec, connector);
    if (link)
        return now == Link::NotLinked ? spec.connectors + QStringList { connector.name }
                                      : spec.connectors;
    if (now == Link::NotLinked)
        return spec.connectors;
    QStringList list;
    if (now == Link::AllConnectors) {
        for (const Core::Connector &other : all) {
            if (other.id != connector.id)
                list.append(other.name);
        }
    } else {
        for (const QString &entry : spec.connectors) {
            if (entry != connector.name && entry != connector.id)
                list.append(entry);
        }
    }
    if (list.isEmpty()) {
        if (error) {
            *error = tr("%1 would run for every connector: an empty `connectors` list means all "
                        "of them. To stop it, set `enabled: false` or change its events on the "
                        "Agents page.")
                         .arg(spec.name);
        }
        return std::nullopt;
    }
    return list;
}

QStringList ConnectorLinks::onlyThese(const QStringList &current, const QStringList &wanted,
                                      const QList<Core::Connector> &all)
{
    // Each wanted item, as the name it stands for: an entry naming no connector stands for itself.
    const auto key = [&all](const QString &entry) {
        const Core::Connector *connector = resolve(entry, all);
        return connector ? connector->name : entry;
    };
    QStringList list;
    QStringList covered;
    for (const QString &entry : current) {
        const QString name = key(entry);
        if (wanted.contains(name) && !covered.contains(name)) {
            list.append(entry);
            covered.append(name);
        }
    }
    for (const QString &name : wanted) {
        if (!covered.contains(name)) {
            list.append(name);
            covered.append(name);
        }
    }
    return list;
}

const Core::Connector *ConnectorLinks::resolve(const QString &entry,
                                               const QList<Core::Connector> &all)
{
    // By name first, as AgentSpec::matchesConnector reads a list.
    for (const Core::Connector &connector : all) {
        if (connector.name == entry)
            return &connector;
    }
    for (const Core::Connector &connector : all) {
        if (connector.id == entry)
            return &connector;
    }
    return nullptr;
}

} // namespace Hookyard::Agents

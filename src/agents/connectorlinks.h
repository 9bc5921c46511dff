#pragma once

#include "agents/agentspec.h"
#include "core/connector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hookyard::Agents {

// How agents are tied to connectors through their `connectors:` lists, and the list that links
// or unlinks one: the rules the window's two linking dialogs share. Pure functions on values.
//
// The list holds names or ids and an empty list means every connector, so "linked to no
// connector" cannot be written: unlinking the last connector of an agent is refused with a
// sentence saying so instead of silently making it run everywhere.
class ConnectorLinks final
{
    Q_DECLARE_TR_FUNCTIONS(Hookyard::Agents::ConnectorLinks)

public:
    enum class Link {
        NotLinked,
        Listed, // the connector's name or id is in the list
        AllConnectors, // no list: the agent runs for every connector
    };

    static Link linkOf(const AgentSpec &spec, const Core::Connector &connector);

    // The list after linking (link = true) or unlinking the agent and `connector`; `all` is every
    // connector, to name the others when an agent that runs everywhere is unlinked from one.
    // Entries for other connectors (and names no connector has) stay as they are.
    static std::optional<QStringList> changed(const AgentSpec &spec,
                                              const Core::Connector &connector, bool link,
                                              const QList<Core::Connector> &all, QString *error);

    // The list for "only these connectors": entries of `current` for connectors still wanted
    // keep their spelling (a name or an id) and order, new ones are appended by name. `wanted`
    // holds connector names, or entries of `current` that name no connector.
    static QStringList onlyThese(const QStringList &current, const QStringList &wanted,
                                 const QList<Core::Connector> &all);

    // The connector an entry of a `connectors:` list names (by name, else by id), or nullptr.
    static const Core::Connector *resolve(const QString &entry, const QList<Core::Connector> &all);
};

} // namespace Hookyard::Agents

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hookyard::Agents {

// One example agent shipped in the resources (resources/agents/): a YAML file and its script.
struct AgentExample
{
    QString id; // "dunning"
    QString title; // "Dunning: recover failed payments" (translated)
    QString description; // one sentence (translated)
    QString yamlResource; // ":/hookyard/agents/examples/dunning.yaml"
    QStringList files; // every resource of the example, the YAML first
};

// The examples a new user starts from (`hookyard agent add --example NAME`, the window's "New
// from example"). Reads Qt resources only; thread-safe.
class AgentExamples final
{
    Q_DECLARE_TR_FUNCTIONS(Hookyard::Agents::AgentExamples)

public:
    static QList<AgentExample> all();
    // By id ("dunning") or by the agent name in its YAML ("dunning-agent").
    static std::optional<AgentExample> find(const QString &idOrName);
    static QByteArray yaml(const AgentExample &example);

    // Copies the example's files into agentsDir (scripts made executable). Refuses to overwrite
    // an existing file unless replace. Returns the installed YAML's path, or empty with *error.
    static QString install(const AgentExample &example, const QString &agentsDir, bool replace,
                           QString *error);
};

} // namespace Hookyard::Agents

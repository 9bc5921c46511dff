#include "agents/agentexamples.h"

#include "core/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The resources live in a static library: nothing would pull their object file into the final
// executable unless something references it, so every entry point calls this first.
static void initAgentExampleResources()
{
    Q_INIT_RESOURCE(agents);
}

namespace Hookyard::Agents {

namespace {

const QString Prefix = QStringLiteral(":/hookyard/agents/examples/");

AgentExample example(const char *id, const QString &title, const QString &description)
{
    const QString name = QLatin1String(id);
    return AgentExample { name,
                          title,
                          description,
                          Prefix + name + u".yaml",
                          { Prefix + name + u".yaml", Prefix + name + u".py" } };
}

} // namespace

QList<AgentExample> AgentExamples::all()
{
    initAgentExampleResources();
    return {
        example("dunning", tr("Dunning: recover failed payments"),
                tr("Drafts a recovery message naming the amount and the decline reason when a "
                   "payment or an invoice payment fails.")),
        example("onboarding", tr("Onboarding: welcome upgrades"),
                tr("Welcomes a customer to a new or higher plan; other subscription updates are "
                   "skipped by its middleware.")),
        example("fraud", tr("Fraud review: warnings and disputes"),
                tr("Summarises an early fraud warning or a dispute with the recommended step and "
                   "the evidence deadline.")),
        example("churn", tr("Churn prevention: win-back offers"),
                tr("Drafts a win-back offer when a subscription is cancelled or set to end at the "
                   "period's end.")),
    };
}

QByteArray AgentExamples::yaml(const AgentExample &example)
{
    initAgentExampleResources();
    QFile file(example.yamlResource);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<AgentExample> AgentExamples::find(const QString &idOrName)
{
    for (const AgentExample &e : all()) {
        if (e.id == idOrName || e.id + QLatin1String("-agent") == idOrName)
            return e;
    }
    return std::nullopt;
}

QString AgentExamples::install(const AgentExample &example, const QString &agentsDir, bool replace,
                               QString *error)
{
    initAgentExampleResources();
    if (!QDir().mkpath(agentsDir)) {
        *error = tr("cannot create the folder %1").arg(agentsDir);
        return {};
    }
    const QDir dir(agentsDir);
    if (!replace) {
        for (const QString &resource : example.files) {
            const QString target = dir.filePath(QFileInfo(resource).fileName());
            if (QFileInfo::exists(target)) {
                *error = tr("%1 exists already (use --replace to overwrite it)").arg(target);
                return {};
            }
        }
    }
    for (const QString &resource : example.files) {
        QFile in(resource);
        const QString target = dir.filePath(QFileInfo(resource).fileName());
        QString reason;
        if (!in.open(QIODevice::ReadOnly)
            || !Core::writeFileAtomically(target, in.readAll(), &reason)) {
            *error = tr("cannot write %1: %2").arg(target, reason);
            return {};
        }
        if (!target.endsWith(QLatin1String(".yaml")))
            QFile::setPermissions(target, QFile::permissions(target) | QFile::ExeOwner);
    }
    return dir.filePath(QFileInfo(example.yamlResource).fileName());
}

} // namespace Hookyard::Agents

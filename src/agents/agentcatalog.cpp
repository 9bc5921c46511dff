#include "agents/agentcatalog.h"

#include "agents/agentspecreader.h"
#include "core/connector.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace Hookyard::Agents {

// Shared with every matcher handed out, so that a matcher held by the receiver thread stays
// valid whatever happens to the catalog object.
struct AgentCatalog::Holder
{
    mutable QMutex mutex;
    std::shared_ptr<const CatalogSnapshot> snapshot = std::make_shared<const CatalogSnapshot>();

    std::shared_ptr<const CatalogSnapshot> get() const
    {
        QMutexLocker lock(&mutex);
        return snapshot;
    }
    void set(std::shared_ptr<const CatalogSnapshot> next)
    {
        QMutexLocker lock(&mutex);
        snapshot = std::move(next);
    }
};

AgentCatalog::AgentCatalog(QString agentsDir, QObject *parent)
    : QObject(parent), m_dir(QDir::cleanPath(QDir(agentsDir).absolutePath())),
      m_holder(std::make_shared<Holder>())
{
    // Editors save in bursts (write temp, rename, chmod): one reload per burst is enough.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultReloadDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &AgentCatalog::reload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
}

AgentCatalog::~AgentCatalog() = default;

QString AgentCatalog::agentsDirOf(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("agents"));
}

CatalogSnapshot AgentCatalog::scan(const QString &agentsDir)
{
    const QDir dir(agentsDir);
    const QFileInfoList files =
        dir.entryInfoList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") },
                          QDir::Files | QDir::Readable, QDir::Name);
    QList<AgentEntry> entries;
    QHash<QString, QString> fileOfName; // first file (in name order) that uses each name
    for (const QFileInfo &info : files) {
        const AgentSpecReader::Result read = AgentSpecReader::readFile(info.absoluteFilePath());
        AgentEntry entry;
        entry.filePath = info.absoluteFilePath();
        entry.spec = read.spec;
        entry.diagnostics = read.diagnostics;
        entry.state = read.ok() ? AgentEntry::State::Ok : AgentEntry::State::Error;
        entry.error = read.firstError();
        // Files are read in name order, so "the later file" of a duplicate is well defined and
        // stays the same from one reload to the next.
        if (!entry.spec.name.isEmpty()) {
            const auto it = fileOfName.constFind(entry.spec.name);
            if (it != fileOfName.constEnd()) {
                entry.state = AgentEntry::State::Error;
                entry.error = QCoreApplication::translate("Hookyard::Agents",
                                                          "the name \"%1\" is already used by %2")
                                  .arg(entry.spec.name, QFileInfo(*it).fileName());
                entry.diagnostics.prepend(
                    { AgentDiagnostic::Severity::Error, entry.filePath, 0, 0, entry.error });
            } else if (entry.isOk()) {
                fileOfName.insert(entry.spec.name, entry.filePath);
            }
        }
        entries.append(std::move(entry));
    }
    return CatalogSnapshot(std::move(entries));
}

void AgentCatalog::load()
{
    if (!QDir().mkpath(m_dir))
        qCWarning(lcAgents) << "cannot create the agents folder" << m_dir;
    reload();
}

void AgentCatalog::setWatching(bool on)
{
    m_watching = on;
    if (!on) {
        const QStringList watched = m_watcher.files() + m_watcher.directories();
        if (!watched.isEmpty())
            m_watcher.removePaths(watched);
        m_debounce.stop();
    }
}

void AgentCatalog::reload()
{
    auto next = std::make_shared<const CatalogSnapshot>(scan(m_dir));
    int ok = 0;
    for (const AgentEntry &e : next->entries()) {
        if (e.isOk())
            ++ok;
        else
            qCWarning(lcAgents).noquote() << "agent file" << e.filePath << "has errors:" << e.error;
    }
    qCInfo(lcAgents).noquote() << "agents loaded:" << ok << "of" << next->entries().size()
                               << "file(s) in" << m_dir;
    if (m_watching)
        rewatch(*next);
    m_holder->set(std::move(next));
    Q_EMIT changed();
}

void AgentCatalog::rewatch(const CatalogSnapshot &snapshot)
{
    // Editors often replace a file (write + rename), which drops it from the watcher: watch the
    // current set again after every reload.
    const QStringList old = m_watcher.files();
    if (!old.isEmpty())
        m_watcher.removePaths(old);
    if (!m_watcher.directories().contains(m_dir) && QFileInfo(m_dir).isDir())
        m_watcher.addPath(m_dir);
    QStringList files;
    for (const AgentEntry &e : snapshot.entries())
        files.append(e.filePath);
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

std::shared_ptr<const CatalogSnapshot> AgentCatalog::snapshot() const
{
    return m_holder->get();
}

Core::AgentMatcher AgentCatalog::matcher() const
{
    std::shared_ptr<const Holder> holder = m_holder;
    return [holder](const Core::Connector &connector, const Core::StripeEventInfo &event) {
        return holder->get()->plan(connector, event.type);
    };
}

QList<MatchExplanation> AgentCatalog::explain(const QString &connectorName,
                                              const QString &connectorId,
                                              const QString &eventType) const
{
    return snapshot()->explain(connectorName, connectorId, eventType);
}

} // namespace Hookyard::Agents

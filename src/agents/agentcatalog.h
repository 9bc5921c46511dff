#pragma once

#include "agents/catalogsnapshot.h"
#include "core/delivery.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Hookyard::Agents {

// The agents of a data dir: every <dataDir>/agents/*.yaml|*.yml file, read at load() and read
// again (debounced) when a file or the folder changes. A broken file never stops the others: its
// entry is in state Error with the diagnostics.
//
// Threads: the catalog lives on the main thread. snapshot(), matcher() and explain() are
// thread-safe: readers take the current immutable CatalogSnapshot under a short mutex, so the
// receiver thread calls the matcher inside each request without touching this QObject.
class AgentCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentCatalog)

public:
    static constexpr int DefaultReloadDelayMs = 200;

    explicit AgentCatalog(QString agentsDir, QObject *parent = nullptr);
    ~AgentCatalog() override;

    // <dataDir>/agents
    static QString agentsDirOf(const QString &dataDir);
    // Reads every agent file of dir, without a catalog (the CLI's list/match/add).
    static CatalogSnapshot scan(const QString &agentsDir);

    QString directory() const { return m_dir; }

    // Creates the folder if needed, reads every file, starts watching (unless disabled), and
    // emits changed().
    void load();
    // Watching is on by default; off for one-shot uses such as the CLI.
    void setWatching(bool on);
    void setReloadDelay(int ms) { m_debounce.setInterval(ms); }

    std::shared_ptr<const CatalogSnapshot> snapshot() const;
    QList<AgentEntry> entries() const { return snapshot()->entries(); }
    // A Core::AgentMatcher over the live catalog: always the newest snapshot, safe to call from
    // any thread, and safe to keep after the catalog is gone (it then keeps the last snapshot).
    Core::AgentMatcher matcher() const;
    QList<MatchExplanation> explain(const QString &connectorName, const QString &connectorId,
                                    const QString &eventType) const;

Q_SIGNALS:
    // The set of agents or one of them changed (after load() and after each reload).
    void changed();

private:
    struct Holder;
    void reload();
    void rewatch(const CatalogSnapshot &snapshot);

    QString m_dir;
    bool m_watching = true;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    std::shared_ptr<Holder> m_holder;
};

} // namespace Hookyard::Agents

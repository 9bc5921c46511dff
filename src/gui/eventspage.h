#pragma once

#include "gui/eventlistmodel.h"
#include "receiver/webhookreceiver.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QTimer;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class DatabaseEventSource;
class EventDetails;
class EventSearch;
struct EventSearchResult;
class LiveTableView;

// Events, live: the filter bar, the table (newest first, paged from the database), and the
// detail pane of the selected row. New rows come from the engine's batched deliveriesReceived
// (within its 50 ms batch) and from databaseChanged when another process wrote; they are shown
// at most every LiveRefreshMs (a lone event at once).
class EventsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPage)
public:
    explicit EventsPage(Engine::Engine &engine, QWidget *parent = nullptr);
    ~EventsPage() override;

    EventListModel *model() const { return m_model; }
    EventDetails *details() const { return m_details; }
    // Ctrl+F: puts the focus in the free-text filter.
    void focusFilter();
    // The list narrowed to a connector (empty: every connector) and a status.
    void showDeliveries(const QString &connectorId, EventListModel::Mode mode);

Q_SIGNALS:
    void message(const QString &text);

private:
    void applyFilters();
    void updatePlaceholder(const EventListModel::Query &query);
    void reloadConnectors();
    void reloadTypes();
    void onDeliveries(const QList<Receiver::DeliveryNotice> &batch);
    void scheduleRefresh();
    void refreshNow();
    void onRunChanged(qint64 runId);
    void onSearchProgress(const EventSearchResult &result);
    void onSearchFinished(const EventSearchResult &result);
    // Shows what the search found (rows up to upTo, and newer rows that match).
    void showSearchRows(const QList<qint64> &rows, qint64 upTo);

    Engine::Engine &m_engine;
    std::unique_ptr<DatabaseEventSource> m_source;
    EventListModel *m_model;
    LiveTableView *m_table;
    EventDetails *m_details;
    QComboBox *m_connector;
    QList<std::pair<QString, QString>> m_connectorItems; // (id, label) in m_connector
    QComboBox *m_status;
    QComboBox *m_type;
    QLineEdit *m_text;
    QTimer *m_textDebounce;
    QTimer *m_lateRefresh;
    QTimer *m_liveRefresh;
    QElapsedTimer m_sinceRefresh;
    QSet<QString> m_typesSeen;
    EventSearch *m_search;
    // The text search shown or running: its query, with the rows once it answered. A change of
    // any other filter or of the text starts a new one.
    EventListModel::Query m_searchQuery;
};

} // namespace Hookyard::Gui

#include "gui/eventspage.h"

#include "core/logging.h"
#include "engine/engine.h"
#include "gui/badgedelegate.h"
#include "gui/displaytext.h"
#include "gui/eventdetails.h"
#include "gui/eventlistmodel.h"
#include "gui/eventsearch.h"
#include "gui/eventsource.h"
#include "gui/livetableview.h"
#include "storage/connectorrepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace Hookyard::Gui {

namespace {
// New rows are inserted at most this often. Each insert at the top repaints every visible row
// (the rows move down), and at 1,000 events a second the engine's 50 ms batches made that 20
// repaints a second, a third of the GUI thread's time; nobody reads faster than this anyway.
constexpr qint64 LiveRefreshMs = 200;
} // namespace

EventsPage::EventsPage(Engine::Engine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine),
      m_source(std::make_unique<DatabaseEventSource>(engine.database())),
      m_model(new EventListModel(this)), m_table(new LiveTableView(this)),
      m_details(new EventDetails(engine, *m_source, this)), m_connector(new QComboBox(this)),
      m_status(new QComboBox(this)), m_type(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_textDebounce(new QTimer(this)), m_lateRefresh(new QTimer(this)),
      m_liveRefresh(new QTimer(this)), m_search(new EventSearch(engine.dataDir(), this))
{
    connect(m_search, &EventSearch::progress, this, &EventsPage::onSearchProgress);
    connect(m_search, &EventSearch::finished, this, &EventsPage::onSearchFinished);
    // The receiver writes rejected deliveries in batches a little after their notice (it keeps
    // the database off the path of a flood of bad requests): look again once they are written.
    m_lateRefresh->setSingleShot(true);
    m_lateRefresh->setInterval(400);
    connect(m_lateRefresh, &QTimer::timeout, this, &EventsPage::scheduleRefresh);
    m_liveRefresh->setSingleShot(true);
    connect(m_liveRefresh, &QTimer::timeout, this, &EventsPage::refreshNow);
    m_connector->setObjectName(QStringLiteral("eventConnectorFilter"));
    m_status->setObjectName(QStringLiteral("eventStatusFilter"));
    m_type->setObjectName(QStringLiteral("eventTypeFilter"));
    m_text->setObjectName(QStringLiteral("eventTextFilter"));
    m_table->setObjectName(QStringLiteral("eventTable"));

    m_status->addItem(tr("Verified events"), int(EventListModel::Mode::Events));
    m_status->addItem(tr("Duplicate deliveries"), int(EventListModel::Mode::Duplicates));
    m_status->addItem(tr("Rejected deliveries"), int(EventListModel::Mode::Rejected));
    m_status->addItem(tr("Every delivery"), int(EventListModel::Mode::Deliveries));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->lineEdit()->setPlaceholderText(tr("All types (invoice.* works)"));
    m_type->setMinimumContentsLength(24);
    m_text->setPlaceholderText(tr("Search ids, types and payloads, e.g. a customer id (Ctrl+F)"));
    m_text->setToolTip(tr("Part of an event id, type or object id, or any text of the payload "
                          "as Stripe sent it: a customer id (cus_…), an invoice id, an email "
                          "address. Letters match in any case."));
    m_text->setClearButtonEnabled(true);
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(250);

    auto *connectorLabel = new QLabel(tr("&Connector:"), this);
    connectorLabel->setBuddy(m_connector);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    auto *bar = new QHBoxLayout;
    bar->addWidget(connectorLabel);
    bar->addWidget(m_connector);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addWidget(m_text, 1);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(EventListModel::VerificationColumn,
                                      new BadgeDelegate(EventListModel::BadgeRole, this));
    m_table->setItemDelegateForColumn(EventListModel::DuplicateColumn,
                                      new BadgeDelegate(EventListModel::BadgeRole, this));
    m_table->setItemDelegateForColumn(EventListModel::RunsColumn,
                                      new BadgeDelegate(EventListModel::BadgeRole, this));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The type is read first and has a width to fit the longest common ones; the verification
    // column takes the rest (a rejection's reason is long, a verified event's badge short).
    header->setSectionResizeMode(EventListModel::VerificationColumn, QHeaderView::Stretch);
    // Widths from sample texts, so they follow the font and the screen's scale.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    // Today's events show the time only; older ones the date too (DisplayText::time).
    const QDateTime older(QDate(2026, 12, 30), QTime(23, 59, 59));
    m_table->setColumnWidth(EventListModel::TimeColumn,
                            qMax(widthOf(QStringLiteral("00:00:00.000")),
                                 widthOf(QLocale().toString(older, QLocale::ShortFormat))));
    m_table->setColumnWidth(
        EventListModel::ConnectorColumn,
        widthOf(DisplayText::connectorName(QStringLiteral("billing-eu"), true)));
    m_table->setColumnWidth(EventListModel::EventIdColumn,
                            widthOf(QStringLiteral("evt_3PWWMWBcDeFgHiJkLmNoPqRs")));
    m_table->setColumnWidth(EventListModel::TypeColumn,
                            widthOf(QStringLiteral("radar.early_fraud_warning.created")));
    m_table->setColumnWidth(EventListModel::DuplicateColumn, widthOf(tr("duplicate ×9")));
    // The badges read "3 (1 failed)" or "3 (1 pending)" (EventListModel::runsText).
    int runsWidth = widthOf(tr("Agent Runs"));
    for (const char *badge : { "%1 (%2 failed)", "%1 (%2 pending)" })
        runsWidth =
            qMax(runsWidth, widthOf(EventListModel::tr(badge).arg(12).arg(2)) + metrics.height());
    m_table->setColumnWidth(EventListModel::RunsColumn, runsWidth);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("eventsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 360, 440 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    reloadConnectors();
    reloadTypes();
    m_model->setSource(m_source.get());
    updatePlaceholder({});

    connect(m_connector, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_type, &QComboBox::currentTextChanged, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::textChanged, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_textDebounce, &QTimer::timeout, this, &EventsPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_details->showRow(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_details->showRow({}); });
    connect(m_details, &EventDetails::message, this, &EventsPage::message);

    connect(&engine, &Engine::Engine::deliveriesReceived, this, &EventsPage::onDeliveries);
    connect(&engine, &Engine::Engine::databaseChanged, this, [this] {
        scheduleRefresh();
        reloadTypes();
    });
    connect(&engine, &Engine::Engine::connectorsChanged, this, &EventsPage::reloadConnectors);
    connect(&engine, &Engine::Engine::runStarted, this, &EventsPage::onRunChanged);
    connect(&engine, &Engine::Engine::runFinished, this,
            [this](qint64 runId, const QString &) { onRunChanged(runId); });
}

EventsPage::~EventsPage()
{
    // The models read through m_source: detach them before it goes.
    m_model->setSource(nullptr);
}

void EventsPage::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void EventsPage::showDeliveries(const QString &connectorId, EventListModel::Mode mode)
{
    const int connector = m_connector->findData(connectorId);
    if (connector >= 0)
        m_connector->setCurrentIndex(connector);
    m_status->setCurrentIndex(m_status->findData(int(mode)));
}

void EventsPage::applyFilters()
{
    EventListModel::Query query;
    query.mode = EventListModel::Mode(m_status->currentData().toInt());
    query.connectorId = m_connector->currentData().toString();
    const bool events = query.mode == EventListModel::Mode::Events;
    m_type->setEnabled(events);
    m_text->setEnabled(events);
    // A rejected delivery has no event: its columns would stand empty beside a cut-off reason.
    // Run counts are the events'; deliveries do not have them.
    const bool rejected = query.mode == EventListModel::Mode::Rejected;
    for (const int column : { int(EventListModel::TypeColumn), int(EventListModel::EventIdColumn),
                              int(EventListModel::DuplicateColumn) })
        m_table->setColumnHidden(column, rejected);
    m_table->setColumnHidden(EventListModel::RunsColumn, !events);
    if (events) {
        query.type = m_type->currentText().trimmed();
        query.text = m_text->text().trimmed();
    }
    if (query.text.isEmpty()) {
        m_search->cancel();
        m_searchQuery = {};
    } else {
        // The same filters as the search shown or running: keep it; otherwise search anew.
        if (m_searchQuery.sameFilters(query)) {
            query = m_searchQuery;
        } else {
            Storage::EventFilter filter;
            if (!query.connectorId.isEmpty())
                filter.connectorIds = { query.connectorId };
            filter.type = query.type;
            filter.text = query.text;
            query.searching = true;
            m_searchQuery = query;
            m_search->start(filter);
        }
    }
    m_model->setQuery(query);
    updatePlaceholder(query);
}

void EventsPage::onSearchProgress(const EventSearchResult &result)
{
    if (!m_searchQuery.searching)
        return;
    if (!m_searchQuery.searched)
        Q_EMIT message(tr("The newest matches are shown; older events are still being searched…"));
    showSearchRows(result.rows, result.upTo); // so far; still searching
}

void EventsPage::showSearchRows(const QList<qint64> &rows, qint64 upTo)
{
    m_searchQuery.searched = true;
    m_searchQuery.rows = rows;
    m_searchQuery.rowsUpTo = upTo;
    // Older rows after the ones shown are added below them; anything else is a new list.
    if (!m_model->extendSearch(m_searchQuery))
        m_model->setQuery(m_searchQuery);
}

void EventsPage::onSearchFinished(const EventSearchResult &result)
{
    if (!m_searchQuery.searching)
        return;
    m_searchQuery.searching = false;
    if (result.error.isEmpty()) {
        showSearchRows(result.rows, result.upTo);
    } else {
        Q_EMIT message(tr("The search failed: %1").arg(result.error));
        qCWarning(lcGui).noquote() << "event search failed:" << result.error;
        // Show nothing rather than scan every row here on the GUI thread.
        showSearchRows({}, std::numeric_limits<qint64>::max());
    }
    updatePlaceholder(m_searchQuery);
    if (result.capped)
        Q_EMIT message(tr("More than %L1 events match: the newest %L1 are shown. Narrow the "
                          "search to see older ones.")
                           .arg(m_search->maxMatches()));
}

void EventsPage::updatePlaceholder(const EventListModel::Query &query)
{
    const bool filtered =
        !query.connectorId.isEmpty() || !query.type.isEmpty() || !query.text.isEmpty();
    QString text;
    switch (query.mode) {
    case EventListModel::Mode::Events:
        if (query.searching) {
            text = tr("Searching the stored events…");
            break;
        }
        text = filtered ? tr("No events match these filters.")
                        : tr("No events yet. Create a connector, add its URL in the Stripe "
                             "Dashboard or forward to it with `stripe listen`, or send a test "
                             "event from its page: events appear here as they arrive.");
        break;
    case EventListModel::Mode::Duplicates:
        text = tr("No duplicate deliveries: Stripe delivered no event twice.");
        break;
    case EventListModel::Mode::Rejected:
        text = tr("No rejected deliveries.");
        break;
    case EventListModel::Mode::Deliveries:
        text = tr("No deliveries yet: every request to a connector's URL is listed here, "
                  "verified or not.");
        break;
    }
    m_table->setPlaceholderText(text);
}

void EventsPage::reloadConnectors()
{
    const QString current = m_connector->currentData().toString();
    // The current connectors, then the removed ones whose events are kept.
    QList<std::pair<QString, QString>> items;
    for (const auto &c : m_engine.connectors())
        items.append({ c.id, c.name });
    for (const auto &[id, name] : Storage::ConnectorRepository(m_engine.database()).removed())
        items.append({ id, DisplayText::connectorName(name, true) });
    int index = 0;
    {
        const QSignalBlocker blocker(m_connector);
        m_connector->clear();
        m_connector->addItem(tr("All connectors"), QString());
        for (const auto &[id, label] : std::as_const(items))
            m_connector->addItem(label, id);
        index = qMax(0, m_connector->findData(current));
        m_connector->setCurrentIndex(index);
    }
    // A connector removed (or added back) changes how rows read ("shop (removed)"): read them
    // again, and with the filter the combo box now shows.
    const bool namesChanged = items != m_connectorItems;
    m_connectorItems = items;
    if (index == 0 && !current.isEmpty())
        applyFilters();
    else if (namesChanged)
        m_model->reload();
}

void EventsPage::reloadTypes()
{
    Storage::EventRepository events(m_engine.database());
    const QStringList types = events.typesSeen();
    const QSet<QString> seen(types.cbegin(), types.cend());
    if (seen == m_typesSeen)
        return;
    m_typesSeen = seen;
    const QString current = m_type->currentText();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(QString());
    QStringList sorted = types;
    sorted.sort();
    m_type->addItems(sorted);
    m_type->setCurrentText(current);
}

void EventsPage::scheduleRefresh()
{
    if (m_liveRefresh->isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : LiveRefreshMs;
    if (since >= LiveRefreshMs)
        refreshNow();
    else
        m_liveRefresh->start(int(LiveRefreshMs - since));
}

void EventsPage::refreshNow()
{
    m_sinceRefresh.start();
    m_model->refreshNew();
}

void EventsPage::onDeliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    scheduleRefresh();
    bool newType = false;
    for (const auto &notice : batch) {
        if (notice.outcome == Core::DeliveryOutcome::Duplicate)
            m_model->refreshEvent(notice.eventRow);
        if (notice.outcome == Core::DeliveryOutcome::Rejected && !m_lateRefresh->isActive())
            m_lateRefresh->start();
        if (!notice.eventType.isEmpty() && !m_typesSeen.contains(notice.eventType))
            newType = true;
    }
    if (newType)
        reloadTypes();
}

void EventsPage::onRunChanged(qint64 runId)
{
    // The event's run count; the event's Agent Runs tab follows the run itself.
    if (const auto run = runSummary(*m_source, runId))
        m_model->refreshEvent(run->eventRow);
}

} // namespace Hookyard::Gui

#include "moc_eventspage.cpp"

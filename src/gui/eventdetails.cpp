#include "gui/eventdetails.h"

#include "agents/agentcatalog.h"
#include "agents/runscheduler.h"
#include "engine/engine.h"
#include "gui/displaytext.h"
#include "gui/eventlistmodel.h"
#include "gui/eventsource.h"
#include "gui/icons.h"
#include "gui/payloadview.h"
#include "gui/runlistmodel.h"
#include "gui/runspanel.h"
#include "storage/runrepository.h"

#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Hookyard::Gui {

EventDetails::EventDetails(Engine::Engine &engine, EventSource &source, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_source(source), m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_payload(new PayloadView(this)),
      m_raw(new QPlainTextEdit(this)), m_delivery(new QTextBrowser(this)),
      m_runs(new RunsPanel(RunsPanel::Scope::EventRuns, engine, source, this)),
      m_runAgentButton(
          new QPushButton(Icons::get(Icons::Run), tr("R&un Agent on This Event…"), this))
{
    m_tabs->setObjectName(QStringLiteral("eventDetailTabs"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_raw->setObjectName(QStringLiteral("rawBody"));
    m_raw->setReadOnly(true);
    m_raw->setFont(mono);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_delivery->setObjectName(QStringLiteral("deliveryDetails"));
    m_delivery->setOpenLinks(false);

    m_runAgentButton->setObjectName(QStringLiteral("runAgentButton"));
    m_runAgentButton->setMenu(new QMenu(m_runAgentButton));
    connect(m_runAgentButton->menu(), &QMenu::aboutToShow, this, &EventDetails::fillRunMenu);
    m_runs->addButton(m_runAgentButton);

    m_tabs->addTab(m_payload, tr("&Payload"));
    m_tabs->addTab(m_raw, tr("Ra&w Body"));
    m_tabs->addTab(m_delivery, tr("&Delivery"));
    m_tabs->addTab(m_runs, tr("A&gent Runs"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_payload, &PayloadView::copied, this, &EventDetails::message);
    connect(m_runs, &RunsPanel::message, this, &EventDetails::message);
    showRow({});
}

RunListModel *EventDetails::runsModel() const
{
    return m_runs->model();
}

void EventDetails::showRow(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_eventRow = 0;
        m_title->setText(tr("Select an event to see its payload, deliveries and agent runs."));
        m_payload->clear();
        m_raw->clear();
        m_delivery->clear();
        m_runs->setEvent(0);
        m_runAgentButton->setEnabled(false);
        return;
    }
    if (index.data(EventListModel::OutcomeRole).toString() == QLatin1String("rejected"))
        showRejected(index);
    else
        showEvent(index.data(EventListModel::EventRowRole).toLongLong());
}

void EventDetails::showRejected(const QModelIndex &index)
{
    m_eventRow = 0;
    const QModelIndex row = index.siblingAtColumn(0);
    m_title->setText(
        tr("<b>Rejected delivery</b> to %1 at %2")
            .arg(row.siblingAtColumn(EventListModel::ConnectorColumn)
                     .data()
                     .toString()
                     .toHtmlEscaped(),
                 DisplayText::dateTime(row.data(EventListModel::ReceivedAtRole).toLongLong())));
    m_payload->clear();
    m_raw->setPlainText(tr("The body of a rejected delivery is not kept: nothing in it was "
                           "accepted, and what was not verified as Stripe's may come from "
                           "anyone."));
    const QString reason = row.data(EventListModel::ReasonCodeRole).toString();
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(DisplayText::rejectReason(reason).toHtmlEscaped(),
                            row.data(EventListModel::MessageRole).toString().toHtmlEscaped());
    // The list keeps its rows small: the delivery's details are read when it is shown.
    if (const auto delivery =
            deliveryRecord(m_source, row.data(EventListModel::RowIdRole).toLongLong()))
        html += deliveryHtml(*delivery);
    m_delivery->setHtml(html);
    m_runs->setEvent(0);
    m_runAgentButton->setEnabled(false);
    m_tabs->setCurrentWidget(m_delivery);
}

void EventDetails::showEvent(qint64 eventRow)
{
    m_eventRow = eventRow;
    const auto record = m_source.event(eventRow);
    if (!record) {
        m_title->setText(tr("This event is no longer stored (retention removed it)."));
        m_runs->setEvent(0);
        return;
    }
    m_title->setText(
        tr("<b>%1</b> &nbsp; %2 &nbsp; on %3 &nbsp; %4%5")
            .arg(record->type.toHtmlEscaped(), record->stripeId.toHtmlEscaped(),
                 DisplayText::connectorName(record->connectorName, record->connectorRemoved)
                     .toHtmlEscaped(),
                 DisplayText::dateTime(record->receivedAtMs),
                 record->livemode ? tr(" &nbsp; <b>live mode</b>") : QString()));
    m_payload->setJson(record->body);
    m_raw->setPlainText(QString::fromUtf8(record->body));

    // Deliveries: verification details and the headers that matter.
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Deliveries of this event"));
    const auto deliveries = [&] {
        Storage::EventRepository events(m_engine.database());
        return events.deliveriesOfEvent(eventRow);
    }();
    for (const auto &d : deliveries)
        html += deliveryHtml(d);
    if (deliveries.isEmpty())
        html += tr("<p>No delivery record.</p>");
    m_delivery->setHtml(html);

    m_runs->setEvent(eventRow);
    m_runAgentButton->setEnabled(!m_engine.isReadOnly() && m_engine.agents());
}

QString EventDetails::deliveryHtml(const Storage::DeliveryRecord &d)
{
    const bool rejected = d.outcome == QLatin1String("rejected");
    QString html = QStringLiteral("<p><b>%1</b> &nbsp; HTTP %2 &nbsp; %3</p><table cellpadding=2>")
                       .arg(DisplayText::dateTime(d.receivedAtMs))
                       .arg(d.httpStatus)
                       .arg(rejected ? tr("rejected")
                                : d.outcome == QLatin1String("duplicate")
                                ? tr("duplicate (acknowledged, no new runs)")
                                : tr("verified"));
    auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    // A rejected delivery may have been refused before its signature was read (unknown
    // connector, no secret yet, rate limited): no timestamp then.
    row(tr("Signature timestamp"),
        d.signatureTimestamp > 0 ? tr("%1 (skew %2 s)")
                                       .arg(DisplayText::dateTime(d.signatureTimestamp * 1000))
                                       .arg(d.skewSecs)
            : rejected ? tr("not read")
                       : QString());
    row(tr("v1 signatures"), QString::number(d.v1Count));
    if (!rejected)
        row(tr("Matched secret"),
            d.matchedPrevious ? tr("the previous secret (rotation)") : tr("the current secret"));
    row(tr("Remote address"), d.remoteAddress);
    row(tr("User-Agent"), d.userAgent);
    row(tr("Content-Type"), d.contentType);
    row(tr("Body size"), DisplayText::bytes(d.bodySize));
    if (!d.message.isEmpty() && !rejected) // a rejection's message is its heading's text
        row(tr("Note"), d.message);
    html += QStringLiteral("</table>");
    return html;
}

void EventDetails::fillRunMenu()
{
    QMenu *menu = m_runAgentButton->menu();
    menu->clear();
    auto *catalog = m_engine.agents();
    if (!catalog)
        return;
    for (const auto &entry : catalog->entries()) {
        if (!entry.isOk())
            continue;
        const QString name = entry.spec.name;
        menu->addAction(name, this, [this, name] { runAgent(name); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No agent loaded: add one on the Agents page"))->setEnabled(false);
}

void EventDetails::runAgent(const QString &agent)
{
    if (m_eventRow == 0)
        return;
    // A manual run is queued like any other (durable), then the scheduler is woken.
    Storage::RunRepository runs(m_engine.database());
    QString error;
    const qint64 id = runs.enqueue(m_eventRow, agent, true, &error);
    if (id <= 0) {
        Q_EMIT message(tr("Could not queue %1: %2").arg(agent, error));
        return;
    }
    if (auto *scheduler = m_engine.scheduler())
        scheduler->wake();
    m_tabs->setCurrentWidget(m_runs);
    m_runs->showNewest();
    Q_EMIT message(tr("Run %1 of %2 queued").arg(id).arg(agent));
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_eventdetails.cpp"

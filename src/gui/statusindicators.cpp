#include "gui/statusindicators.h"

#include "core/delivery.h"
#include "engine/engine.h"
#include "storage/eventrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace Hookyard::Gui {

namespace {
constexpr qint64 RateWindowMs = 5000;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

StatusIndicators::StatusIndicators(Engine::Engine &engine, QStatusBar *bar)
    : QObject(bar), m_engine(engine), m_state(new QLabel(bar)), m_rate(new QLabel(bar)),
      m_rejectedLabel(new QLabel(bar)), m_throttledLabel(new QLabel(bar)), m_tick(new QTimer(this))
{
    m_state->setObjectName(QStringLiteral("listenState"));
    m_rate->setObjectName(QStringLiteral("eventRate"));
    m_rejectedLabel->setObjectName(QStringLiteral("rejectedCount"));
    m_throttledLabel->setObjectName(QStringLiteral("throttledCount"));
    m_throttledLabel->hide();
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectedLabel->setTextFormat(Qt::RichText);
    connect(m_rejectedLabel, &QLabel::linkActivated, this, &StatusIndicators::rejectedClicked);
    // Not permanent: a message (showMessage) takes its place for a few seconds. A permanent widget
    // that stretches would leave the message no room at all.
    bar->addWidget(m_state, 1);
    bar->addPermanentWidget(m_rate);
    bar->addPermanentWidget(m_rejectedLabel);
    bar->addPermanentWidget(m_throttledLabel);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &StatusIndicators::updateRate);
    m_tick->start();
    connect(&engine, &Engine::Engine::stateChanged, this, &StatusIndicators::updateState);
    connect(&engine, &Engine::Engine::deliveriesReceived, this, &StatusIndicators::onDeliveries);
    connect(&engine, &Engine::Engine::databaseChanged, this, &StatusIndicators::readArrivals);
    connect(&engine, &Engine::Engine::requestsThrottled, this, &StatusIndicators::onThrottled);
    updateState();
    updateRate();
}

void StatusIndicators::updateState()
{
    using State = Engine::Engine::State;
    QString text;
    switch (m_engine.state()) {
    case State::Listening:
        text = tr("● Listening on %1").arg(m_engine.listenAddress());
        break;
    case State::Starting:
        text = tr("Starting the receiver…");
        break;
    case State::Failed:
        text = tr("⚠ Not receiving: %1").arg(m_engine.stateText());
        break;
    case State::ReadOnly:
        text = tr("Read-only: %1 serves this data folder").arg(m_engine.lockHolder());
        break;
    case State::Stopped:
        text = tr("Stopped");
        break;
    }
    m_state->setText(text);
    m_state->setToolTip(m_engine.stateText());
    // A read-only window has no receiver of its own: it counts what the serving process stores,
    // from the rows stored since it opened.
    const bool readOnly = m_engine.state() == State::ReadOnly;
    if (readOnly && m_arrivals.newestEventRow < 0)
        m_arrivals = Storage::EventRepository(m_engine.database()).arrivalsAfter(-1, -1);
    m_rejectedLabel->setToolTip(
        readOnly ? tr("Deliveries the serving process rejected and recorded since this window "
                      "opened; click to see them.")
                 : tr("Rejected deliveries since the app started; click to see them. Requests "
                      "to URLs no connector has (404) are counted apart: they are not "
                      "recorded, as anyone can send them."));
}

void StatusIndicators::readArrivals()
{
    if (m_engine.state() != Engine::Engine::State::ReadOnly || m_arrivals.newestEventRow < 0)
        return;
    m_arrivals = Storage::EventRepository(m_engine.database())
                     .arrivalsAfter(m_arrivals.newestEventRow, m_arrivals.newestDeliveryRow);
    if (m_arrivals.events == 0 && m_arrivals.rejected == 0)
        return;
    m_rejected += m_arrivals.rejected;
    m_accepted += m_arrivals.events;
    m_window.emplace_back(monotonicMs(), int(m_arrivals.events));
    updateRate();
}

void StatusIndicators::onDeliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    int accepted = 0;
    for (const auto &notice : batch) {
        if (notice.outcome == Core::DeliveryOutcome::Rejected) {
            ++m_rejected;
            // Requests to URLs no connector has are answered 404 but not recorded (anyone can
            // send them): the list behind the link cannot show them, so they are counted apart.
            if (notice.reasonCode == Core::rejectCode(Core::RejectReason::UnknownConnector))
                ++m_unknownUrls;
        } else if (notice.outcome == Core::DeliveryOutcome::Accepted)
            ++accepted;
    }
    m_accepted += accepted;
    m_window.emplace_back(monotonicMs(), accepted);
    updateRate();
}

void StatusIndicators::onThrottled(const QHash<QString, qint64> &byAddress)
{
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        m_throttled += it.value();
        m_throttledBy[it.key()] += it.value();
    }
    updateThrottled();
    Q_EMIT countsChanged();
}

void StatusIndicators::updateThrottled()
{
    const QLocale locale;
    m_throttledLabel->setText(tr("%1 throttled").arg(locale.toString(m_throttled)));
    // The addresses that sent the most, for the tooltip.
    QList<QPair<qint64, QString>> top;
    for (auto it = m_throttledBy.cbegin(); it != m_throttledBy.cend(); ++it)
        top.append({ it.value(), it.key() });
    // A flood from many addresses must not sort them all at every batch: the first five only.
    constexpr qsizetype Shown = 5;
    const auto shown = top.begin() + qMin(Shown, top.size());
    std::partial_sort(top.begin(), shown, top.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList lines;
    for (qsizetype i = 0; i < top.size() && i < Shown; ++i)
        lines.append(
            tr("%1: %2").arg(top.at(i).second, locale.toString(top.at(i).first)).toHtmlEscaped());
    if (top.size() > Shown)
        lines.append(tr("and %n more address(es)", nullptr, int(top.size() - Shown)));
    // Rich text, so that the tooltip wraps.
    m_throttledLabel->setToolTip(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(tr("Requests refused with 429 since the app started, without being checked or "
                    "recorded: their address had sent too many rejected requests (unknown "
                    "connector, bad signature). Stripe's valid deliveries are never refused for "
                    "this. Limits: receiver.reject_rate and receiver.reject_burst in Settings."),
                 lines.join(QStringLiteral("<br>"))));
    m_throttledLabel->show();
}

double StatusIndicators::eventsPerSecond() const
{
    const qint64 now = monotonicMs();
    int total = 0;
    for (const auto &[at, count] : m_window) {
        if (now - at <= RateWindowMs)
            total += count;
    }
    return total * 1000.0 / RateWindowMs;
}

void StatusIndicators::updateRate()
{
    const qint64 now = monotonicMs();
    while (!m_window.empty() && now - m_window.front().first > RateWindowMs)
        m_window.pop_front();
    const QLocale locale;
    m_rate->setText(tr("%1 events/s").arg(locale.toString(eventsPerSecond(), 'f', 1)));
    const qint64 listed = m_rejected - m_unknownUrls;
    QString text = listed == 0
        ? tr("0 rejected")
        : tr("<a href=\"rejected\">%1 rejected</a>").arg(locale.toString(listed));
    if (m_unknownUrls > 0)
        text += tr(", %1 to unknown URLs").arg(locale.toString(m_unknownUrls));
    m_rejectedLabel->setText(text);
    Q_EMIT countsChanged();
}

} // namespace Hookyard::Gui

#include "moc_statusindicators.cpp"

#include "gui/connectoractivity.h"

#include "engine/engine.h"
#include "gui/displaytext.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <limits>

namespace Hookyard::Gui {

ConnectorActivity::ConnectorActivity(Engine::Engine &engine, Labels labels, QWidget *page)
    : QObject(page), m_engine(engine), m_labels(labels), m_page(page)
{
    auto *ago = new QTimer(this);
    ago->setInterval(AgoRefreshMs);
    connect(ago, &QTimer::timeout, this, [this] {
        if (m_page->isVisible() && m_lastEventMs > 0)
            updateLabels();
    });
    ago->start();
}

void ConnectorActivity::show(const QString &connectorId)
{
    m_connectorId = connectorId;
    m_received = 0;
    m_rejected.clear();
    m_lastEventMs = 0;
    m_lastEventType.clear();
    if (connectorId.isEmpty())
        return;
    // The newest event is one indexed row: read it here.
    Storage::EventRepository events(m_engine.database());
    Storage::EventFilter filter;
    filter.connectorIds = { connectorId };
    filter.limit = 1;
    const auto newest = events.list(filter);
    if (!newest.isEmpty()) {
        m_lastEventMs = newest.constFirst().receivedAtMs;
        m_lastEventType = newest.constFirst().type;
    }
    updateLabels();
    static int counter = 0;
    const QString connection = QStringLiteral("gui-counters-%1").arg(++counter);
    const QString dataDir = m_engine.dataDir();
    QPointer<ConnectorActivity> self(this);
    QThread *thread = QThread::create([dataDir, connection, connectorId, self] {
        QString error;
        auto db = Storage::Database::open(dataDir, connection, &error);
        if (!db)
            return;
        Storage::EventRepository repository(*db);
        Storage::EventFilter all;
        all.connectorIds = { connectorId };
        const qint64 received = repository.count(all);
        const auto rejected = repository.rejectionCounts(connectorId);
        db.reset();
        QMetaObject::invokeMethod(
            qApp,
            [self, connectorId, received, rejected] {
                if (!self || self->m_connectorId != connectorId)
                    return;
                self->m_received = received;
                self->m_rejected.clear();
                for (const auto &[reason, count] : rejected)
                    self->m_rejected.insert(reason, count);
                self->updateLabels();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ConnectorActivity::noteDeliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    bool touched = false;
    for (const auto &notice : batch) {
        if (notice.connectorId != m_connectorId)
            continue;
        touched = true;
        if (notice.outcome == Core::DeliveryOutcome::Rejected) {
            ++m_rejected[notice.reasonCode];
        } else if (notice.outcome == Core::DeliveryOutcome::Accepted) {
            ++m_received;
            m_lastEventMs = notice.receivedAtMs;
            m_lastEventType = notice.eventType;
        }
    }
    if (touched)
        updateLabels();
}

void ConnectorActivity::updateLabels()
{
    const QLocale locale;
    // %Ln: the count in the user's locale, and the plural form of the language.
    m_labels.received->setText(tr("%Ln event(s)", nullptr,
                                  int(qMin<qint64>(m_received, std::numeric_limits<int>::max()))));
    qint64 total = 0;
    QStringList reasons;
    for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it) {
        total += it.value();
        reasons.append(
            tr("%1: %2").arg(DisplayText::rejectReason(it.key()), locale.toString(it.value())));
    }
    reasons.sort();
    m_labels.rejected->setToolTip(reasons.join(u'\n'));
    m_labels.rejected->setText(
        total == 0 ? tr("none")
                   : tr("%1 (%2)").arg(locale.toString(total), reasons.join(QStringLiteral("; "))));
    m_labels.lastEvent->setText(
        m_lastEventMs == 0
            ? tr("none yet")
            : tr("%1, %2").arg(
                m_lastEventType,
                DisplayText::ago(m_lastEventMs, QDateTime::currentMSecsSinceEpoch())));
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_connectoractivity.cpp"

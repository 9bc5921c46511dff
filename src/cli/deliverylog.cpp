#include "cli/deliverylog.h"

#include <QTextStream>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Hookyard::Cli {

namespace {
// Nice 10: see the class comment. Best effort; a failure changes nothing but the priority.
constexpr int LogThreadNice = 10;
} // namespace

class DeliveryLog::Writer final : public QObject
{
public:
    explicit Writer(FILE *out) : m_out(out) { }

    void started()
    {
#if defined(Q_OS_LINUX)
        ::setpriority(PRIO_PROCESS, id_t(::gettid()), LogThreadNice);
#endif
    }

    // Written piece by piece into the stream's buffer: building each line in a QString called
    // realloc() on buffers of the receiver thread's malloc arena, whose lock realloc() takes
    // (perf trace: about 950 futex calls a second on that lock under load). Such buffers reach
    // a thread through glibc's per-thread cache when it frees the receiver's notices.
    void deliveries(const QList<Receiver::DeliveryNotice> &batch)
    {
        for (const Receiver::DeliveryNotice &n : batch) {
            m_out << m_stamp.format(n.receivedAtMs) << ' ' << n.httpStatus << ' '
                  << (n.connectorName.isEmpty() ? QStringLiteral("-") : n.connectorName) << ' ';
            switch (n.outcome) {
            case Core::DeliveryOutcome::Accepted:
                m_out << n.eventType << ' ' << n.eventId;
                if (!n.runIds.isEmpty())
                    m_out << " runs=" << n.runIds.size();
                break;
            case Core::DeliveryOutcome::Duplicate:
                m_out << n.eventType << ' ' << n.eventId << " duplicate";
                break;
            case Core::DeliveryOutcome::Rejected:
                m_out << n.reasonCode << ": " << n.message;
                break;
            }
            m_out << " from " << n.remoteAddress << " ("
                  << QString::number(double(n.latencyUs) / 1000.0, 'f', 2) << " ms)\n";
        }
        m_out.flush();
    }

    void runFinished(qint64 atMs, qint64 runId, const QString &state)
    {
        m_out << m_stamp.format(atMs) << QStringLiteral(" run #%1 %2").arg(runId).arg(state)
              << Qt::endl;
    }

private:
    QTextStream m_out;
    Core::UtcStamp m_stamp;
};

DeliveryLog::DeliveryLog(FILE *out) : m_writer(new Writer(out))
{
    m_thread.setObjectName(QStringLiteral("hookyard-log"));
    m_writer->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::started, m_writer,
                     [writer = m_writer] { writer->started(); });
    m_thread.start();
}

DeliveryLog::~DeliveryLog()
{
    finish();
}

void DeliveryLog::deliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, batch] { writer->deliveries(batch); }, Qt::QueuedConnection);
}

void DeliveryLog::runFinished(qint64 atMs, qint64 runId, const QString &state)
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, atMs, runId, state] { writer->runFinished(atMs, runId, state); },
        Qt::QueuedConnection);
}

void DeliveryLog::finish()
{
    if (!m_thread.isRunning())
        return;
    // Queued behind every batch handed over so far: the thread writes them all, then stops.
    QMetaObject::invokeMethod(
        m_writer, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

} // namespace Hookyard::Cli

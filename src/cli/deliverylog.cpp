#include "cli/deliverylog.h"

#include <QTextStream>

#include <cerrno>
#include <climits>
#include <unistd.h>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

namespace Hookyard::Cli {

namespace {
// Nice 10: see the class comment. Best effort; a failure changes nothing but the priority.
constexpr int LogThreadNice = 10;
} // namespace

class DeliveryLog::Writer final : public QObject
{
public:
    explicit Writer(FILE *out) : m_fd(::fileno(out)), m_out(&m_text, QIODevice::WriteOnly)
    {
        std::fflush(out); // what the main thread printed before goes first
    }

    void started()
    {
#if defined(Q_OS_LINUX)
        ::setpriority(PRIO_PROCESS, id_t(::gettid()), LogThreadNice);
#endif
    }

    // Written piece by piece into a text this thread owns and reuses: building each line in a
    // QString of its own called realloc() on buffers of the receiver thread's malloc arena, whose
    // lock realloc() takes (perf trace: about 950 futex calls a second on that lock under load).
    // Such buffers reach a thread through glibc's per-thread cache when it frees the receiver's
    // notices.
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
        writeOut();
    }

    void runFinished(qint64 atMs, qint64 runId, const QString &state)
    {
        m_out << m_stamp.format(atMs) << QStringLiteral(" run #%1 %2").arg(runId).arg(state)
              << '\n';
        writeOut();
    }

private:
    // Standard error (Qt's warnings, from any thread) often goes where standard output goes:
    // the journal under systemd, a file with 2>&1. A line cut between two writes could get a
    // warning in its middle, as stdio's 4 KiB buffer did. So each write() ends at the end of a
    // line and, where the lines allow, holds at most PIPE_BUF bytes, which a pipe writes whole.
    void writeOut()
    {
        m_out.flush();
        const QByteArray bytes = m_text.toUtf8();
        m_text.resize(0); // keeps the capacity
        qsizetype start = 0;
        while (start < bytes.size()) {
            qsizetype end = bytes.size();
            if (end - start > PIPE_BUF) {
                const qsizetype lastNewline = bytes.lastIndexOf('\n', start + PIPE_BUF - 1);
                if (lastNewline >= start)
                    end = lastNewline + 1;
                else // one line longer than PIPE_BUF: still whole
                    end = bytes.indexOf('\n', start + PIPE_BUF) + 1;
                if (end <= start)
                    end = bytes.size();
            }
            writeAll(bytes.constData() + start, end - start);
            start = end;
        }
    }

    void writeAll(const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return; // standard output is gone: nothing to tell it
            data += n;
            size -= n;
        }
    }

    const int m_fd;
    QString m_text;
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

#include "receiver/connectionguard.h"

#include "core/delivery.h"
#include "core/logging.h"
#include "receiver/lingeringclose.h"

#include <QTcpSocket>

#include <algorithm>
#include <limits>

namespace Hookyard::Receiver {

namespace {
// Pipelined requests are re-triggered only while the client reads our answers; past this much
// unsent output we wait for bytesWritten() (backpressure: the read buffer cap then stops reading).
constexpr qint64 kWriteHighWater = 256 * 1024;
// A client that keeps sending requests but never reads the answers: every request it sends lets
// Qt read more and QHttpServer answer one more (the read buffer cap frees room as it is read),
// so without this the unsent answers grew by tens of MB a second. No webhook sender leaves
// thousands of answers unread; such a connection is dropped.
constexpr qint64 kMaxUnsentBytes = 1024 * 1024;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const GuardLimits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits), m_framer(limits)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    // Connected before QHttpServer's slot (the socket is not handed to it yet): runs first.
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeServer);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (!m_closing)
            settle();
    });
    m_clock.start();
    armDeadline();
}

ConnectionGuard::~ConnectionGuard() = default;

void ConnectionGuard::attachAfterServer()
{
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::afterServer);
}

qint64 ConnectionGuard::serverPosition() const
{
    // Inside a transaction bytesAvailable() counts from the transaction's read position, so this
    // is exactly how far QHttpServer has read (committed or not).
    return m_received - m_socket->bytesAvailable();
}

void ConnectionGuard::beforeServer()
{
    if (m_closing)
        return;
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_seenUnread;
    if (fresh > 0) {
        m_received += fresh;
        if (!m_framer.error() && !m_framer.stopped()) {
            // peek() reads from the transaction position on: the bytes QHttpServer has not read.
            // The ones at the end are new to us. (Copying what QHttpServer left unread is cheap:
            // it consumes bodies as they arrive, so little is left between two readyRead().)
            // Into a buffer kept per connection: a fresh QByteArray per readyRead() was a
            // measurable share of the receiver's allocations.
            if (m_peekBuffer.size() < available)
                m_peekBuffer.resize(available);
            const qint64 got = m_socket->peek(m_peekBuffer.data(), available);
            const qint64 offset = std::max<qint64>(0, got - fresh);
            if (got > offset)
                m_framer.feed(m_peekBuffer.constData() + offset, got - offset, &m_complete);
            if (m_peekBuffer.size() > 64 * 1024)
                m_peekBuffer = QByteArray(); // a large body passed: do not keep its size
        }
    }
    m_seenUnread = available;
    settle();
}

void ConnectionGuard::afterServer()
{
    if (m_closing)
        return;
    m_seenUnread = m_socket->bytesAvailable();
    settle();
}

void ConnectionGuard::settle()
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > kMaxUnsentBytes) {
        dropUnreadingClient();
        return;
    }
    const qint64 position = serverPosition();
    while (!m_complete.isEmpty() && m_complete.first().end <= position) {
        const RequestFramer::Message answered = m_complete.takeFirst();
        if (!answered.keepAlive) {
            closeAfterAnswers(); // honour Connection: close once its answer is written
            return;
        }
    }
    if (m_framer.error()) {
        // Never before the answers of the earlier requests: QHttpServer answers one request per
        // readyRead(), so it has to catch up first.
        if (m_complete.isEmpty()) {
            refuseNow();
            return;
        }
    }
    if (m_framer.expectsContinue() && m_continueSentFor != m_framer.requestsBegun()
        && m_complete.isEmpty()) {
        // Qt 6.4 never answers Expect: 100-continue (curl then waits a second before sending).
        // Written only when every earlier request was answered, so it cannot overtake an answer.
        m_continueSentFor = m_framer.requestsBegun();
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    }
    if (!m_complete.isEmpty() && !m_retriggerQueued && position != m_retriggeredAt
        && m_socket->bytesToWrite() < kWriteHighWater) {
        // A complete request is waiting in the buffer and QHttpServer will not look at it until
        // new bytes arrive: emit readyRead() again (queued, so answers stay one at a time).
        // Only while QHttpServer makes progress: should it ever disagree with us about where a
        // request ends, the connection waits for its deadline instead of spinning.
        m_retriggerQueued = true;
        m_retriggeredAt = position;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_retriggerQueued = false;
                if (!m_closing && m_socket->state() == QAbstractSocket::ConnectedState)
                    Q_EMIT m_socket->readyRead();
            },
            Qt::QueuedConnection);
    }
    armDeadline();
}

void ConnectionGuard::refuseNow()
{
    HttpAnswer answer = *m_framer.error();
    answer.close = true;
    const QString code = QString::fromUtf8(answer.errorCode());
    // Debug only: a flood of bad requests must not flood the log; the counters keep the tally.
    qCDebug(lcReceiver).noquote() << "refused a request from" << m_socket->peerAddress().toString()
                                  << "with" << answer.status << code;
    Q_EMIT refused(answer.status, code, answer.message, m_framer.target());
    m_closing = true;
    m_deadline.stop();
    // Nothing more for QHttpServer: remove its readyRead connection (also when we are inside the
    // emission that would call it next: Qt skips a connection removed during an emission), close
    // its half-read transaction and discard the bytes it would have read.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    LingeringClose::start(m_socket, answer.toRaw(), m_limits.lingerMs, m_limits.maxDrainBytes());
}

void ConnectionGuard::dropUnreadingClient()
{
    // Debug only, as for slow clients: a flood must not flood the log.
    qCDebug(lcReceiver).noquote() << "dropping a client that does not read its answers"
                                  << m_socket->peerAddress().toString();
    m_closing = true;
    m_deadline.stop();
    // Nothing more for QHttpServer (see refuseNow()); abort() discards both buffers.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->abort();
}

void ConnectionGuard::closeAfterAnswers()
{
    m_closing = true;
    m_deadline.stop();
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    LingeringClose::start(m_socket, QByteArray(), m_limits.lingerMs, m_limits.maxDrainBytes());
}

qint64 ConnectionGuard::phaseLimitMs() const
{
    switch (m_phase) {
    case Phase::Idle:
        // A new connection must send its first request's headers within the header deadline;
        // an idle keep-alive connection may wait idleTimeoutMs for its next request.
        return m_framer.requestsBegun() > 0 ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs;
    case Phase::InRequest:
        return m_framer.headersDone() ? m_limits.requestTimeoutMs : m_limits.headerTimeoutMs;
    case Phase::Answering:
        return m_limits.requestTimeoutMs; // a client that does not read its answers
    }
    return m_limits.headerTimeoutMs;
}

void ConnectionGuard::armDeadline()
{
    if (m_closing)
        return;
    Phase phase = Phase::Idle;
    if (m_framer.inMessage())
        phase = Phase::InRequest;
    else if (!m_complete.isEmpty() || m_socket->bytesToWrite() > 0)
        phase = Phase::Answering;
    const qint64 now = m_clock.elapsed();
    if (phase != m_phase
        || (phase == Phase::InRequest && m_phaseRequest != m_framer.requestsBegun())) {
        // Each request's deadlines count from when the guard first saw its bytes.
        m_phase = phase;
        m_phaseRequest = m_framer.requestsBegun();
        m_phaseStartMs = now;
    }
    qint64 due = m_phaseStartMs + phaseLimitMs();
    if (m_phase == Phase::Idle) {
        // The next request's header deadline can be no earlier than this: armed so, the timer
        // need not be restarted when the request arrives (it fires early, and onDeadline() arms
        // it again for the idle deadline).
        due = std::min(due, m_phaseStartMs + m_limits.headerTimeoutMs);
    }
    if (!m_deadline.isActive() || due < m_armedDueMs)
        startDeadline(due, now);
}

void ConnectionGuard::startDeadline(qint64 dueMs, qint64 nowMs)
{
    m_armedDueMs = dueMs;
    m_deadline.start(int(std::clamp<qint64>(dueMs - nowMs, 0, std::numeric_limits<int>::max())));
}

void ConnectionGuard::onDeadline()
{
    if (m_closing)
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 due = m_phaseStartMs + phaseLimitMs();
    if (now < due) {
        // Armed for an earlier possible deadline (see armDeadline()), or a coarse timer that
        // fired a little early: not due yet. Check again at the latest at the header deadline's
        // interval, so that an idle connection's next request never waits for a later check.
        startDeadline(std::min(due, now + m_limits.headerTimeoutMs), now);
        return;
    }
    switch (m_phase) {
    case Phase::InRequest:
        qCDebug(lcReceiver).noquote()
            << "dropping a slow client" << m_socket->peerAddress().toString();
        if (m_complete.isEmpty() && !m_framer.error()) {
            m_framer.setError(HttpAnswer::error(408, QStringLiteral("request_timeout"),
                                                tr("the request did not arrive in time")));
            refuseNow();
        } else {
            m_closing = true;
            m_socket->abort();
        }
        return;
    case Phase::Answering:
        m_closing = true;
        m_socket->abort();
        return;
    case Phase::Idle:
        qCDebug(lcReceiver) << "closing an idle connection";
        closeAfterAnswers();
        return;
    }
}

} // namespace Hookyard::Receiver

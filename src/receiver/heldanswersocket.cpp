#include "receiver/heldanswersocket.h"

#include "receiver/commitbatch.h"

#include <utility>

namespace Hookyard::Receiver {

HeldAnswerSocket::HeldAnswerSocket(CommitBatch *batch, QObject *parent)
    : QTcpSocket(parent), m_batch(batch)
{
}

HeldAnswerSocket::~HeldAnswerSocket()
{
    if (m_batch && !m_segments.empty())
        m_batch->forget(this);
}

qint64 HeldAnswerSocket::heldBytes() const
{
    qint64 n = 0;
    for (const Segment &s : m_segments)
        n += s.bytes.size();
    return n;
}

qint64 HeldAnswerSocket::bytesToWrite() const
{
    return QTcpSocket::bytesToWrite() + heldBytes();
}

qint64 HeldAnswerSocket::writeData(const char *data, qint64 size)
{
    const quint64 capture = m_batch ? m_batch->captureId() : 0;
    if (capture == 0 && m_segments.empty())
        return QTcpSocket::writeData(data, size);
    if (state() != QAbstractSocket::ConnectedState)
        return QTcpSocket::writeData(data, size); // fails as Qt's own write would
    if (m_segments.empty())
        m_batch->hold(this);
    // One segment per staged answer (QHttpServerResponder writes one in many small pieces), and
    // one for whatever is written after it, so that a failed batch replaces exactly its answers.
    if (m_segments.empty() || m_segments.back().captureId != capture) {
        m_segments.push_back({ capture, {} });
        m_segments.back().bytes.reserve(256); // an answer, in one allocation
    }
    m_segments.back().bytes.append(data, size);
    return size;
}

void HeldAnswerSocket::disconnectFromHost()
{
    if (!m_segments.empty()) {
        if (m_pendingClose == PendingClose::None)
            m_pendingClose = PendingClose::Disconnect;
        return;
    }
    QTcpSocket::disconnectFromHost();
}

void HeldAnswerSocket::close()
{
    if (!m_segments.empty() && writeChannelCount() == 0) {
        // abort() (not virtual) drops Qt's write buffer, sets no write channel and calls close():
        // drop what is held as well, and close at once.
        m_segments.clear();
        m_pendingClose = PendingClose::None;
        if (m_batch)
            m_batch->forget(this);
    }
    if (!m_segments.empty()) {
        m_pendingClose = PendingClose::Close;
        return;
    }
    QTcpSocket::close();
}

void HeldAnswerSocket::release(bool stored, const QByteArray &failureAnswer, bool flush)
{
    std::vector<Segment> segments;
    segments.swap(m_segments);
    const PendingClose pending = std::exchange(m_pendingClose, PendingClose::None);
    if (state() == QAbstractSocket::ConnectedState && isWritable() && !segments.empty()) {
        QByteArray out;
        if (segments.size() == 1 && (stored || segments.front().captureId == 0)) {
            out = std::move(segments.front().bytes);
        } else {
            for (const Segment &s : segments)
                out += (s.captureId != 0 && !stored) ? failureAnswer : s.bytes;
        }
        QTcpSocket::writeData(out.constData(), out.size());
        if (flush)
            QTcpSocket::flush();
    }
    switch (pending) {
    case PendingClose::None:
        break;
    case PendingClose::Disconnect:
        QTcpSocket::disconnectFromHost();
        break;
    case PendingClose::Close:
        QTcpSocket::close();
        break;
    }
}

} // namespace Hookyard::Receiver

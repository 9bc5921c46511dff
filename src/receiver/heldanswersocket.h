#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpSocket>

#include <vector>

namespace Hookyard::Receiver {

class CommitBatch;

// The receiver's connections (created by GuardedTcpServer). Bytes written while the CommitBatch
// captures (the answer of a staged delivery), and every byte written after them on the same
// connection, are held here instead of going to Qt's write buffer, until the batch settles:
// release() then writes them in order, each staged answer replaced by the batch's failure answer
// if the commit failed. Qt (QHttpServer, the guard, LingeringClose) sees the held bytes as bytes
// to write: bytesToWrite() counts them, and a close or disconnect asked for meanwhile waits for
// the release. abort() drops them, as it drops Qt's own buffer (it is not virtual: it is seen in
// close(), which it calls after taking the write channel away).
// Lives on the receiver thread.
class HeldAnswerSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeldAnswerSocket)
public:
    HeldAnswerSocket(CommitBatch *batch, QObject *parent);
    ~HeldAnswerSocket() override;

    qint64 bytesToWrite() const override;
    qint64 heldBytes() const;
    void disconnectFromHost() override;
    void close() override;

    // Called by the CommitBatch once its batch settled: writes what is held, in order (flush:
    // hand it to the kernel now rather than at the next event loop pass).
    void release(bool stored, const QByteArray &failureAnswer, bool flush);

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Segment
    {
        quint64 captureId = 0; // the staged answer it is, or 0 (an answer that was not staged)
        QByteArray bytes;
    };
    enum class PendingClose { None, Disconnect, Close };

    QPointer<CommitBatch> m_batch;
    std::vector<Segment> m_segments;
    PendingClose m_pendingClose = PendingClose::None;
};

} // namespace Hookyard::Receiver

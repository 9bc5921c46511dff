#include "receiver/commitbatch.h"
#include "receiver/heldanswersocket.h"
#include "storage/database.h"
#include "storage/deliverywriter.h"
#include "storagetestutil.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Hookyard;
using Hookyard::Receiver::CommitBatch;
using Hookyard::Receiver::HeldAnswerSocket;
using Hookyard::Storage::DeliveryWriter;
using Hookyard::Storage::TestUtil::verifiedDelivery;

namespace {

const QString kBilling = QStringLiteral("3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f60");
const QByteArray kFailure = QByteArrayLiteral("<503 storage_unavailable>");

// What GuardedTcpServer does for the receiver: every accepted connection is a HeldAnswerSocket.
class HeldServer final : public QTcpServer
{
public:
    explicit HeldServer(CommitBatch *batch) : m_batch(batch) { }
    QList<QPointer<HeldAnswerSocket>> accepted;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new HeldAnswerSocket(m_batch, this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Not addPendingConnection(): the tests delete sockets themselves, and QTcpServer would
        // delete a pending one again when it closes.
        accepted.append(socket);
    }

private:
    CommitBatch *m_batch;
};

// One loopback connection: the test's client and the server's HeldAnswerSocket.
struct Conn
{
    std::unique_ptr<QTcpSocket> client;
    QPointer<HeldAnswerSocket> server;
    QByteArray received;
    qint64 eventsAtFirstByte = -1; // committed events when the first answer byte arrived
};

struct Settlement
{
    bool stored = false;
    QString error;
    qint64 heldBytes = -1; // still held on the delivery's socket when settled was called
};

} // namespace

// CommitBatch and HeldAnswerSocket together, over a real database and real loopback sockets:
// an answer written inside a Capture must not leave the process before its batch committed.
class TestCommitBatch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void capturedAnswerWaitsForTheCommit();
    void laterWritesQueueBehindTheHeldAnswer();
    void failedCommitReplacesEveryStagedAnswer();
    void failedStageFailsTheEarlierDeliveriesAtOnce();
    void closeWhileHoldingWaitsForTheRelease_data();
    void closeWhileHoldingWaitsForTheRelease();
    void bytesToWriteCountsHeldBytes();
    void socketDeletedWhileHolding();
    void destroyingTheBatchCommitsAndReleases();
    void abortWhileHoldingDropsTheHeldBytes();

private:
    Conn *open();
    // True when no answer byte reached the client: Qt's buffer is handed to the kernel (flush) and
    // the client waits on its own socket only (no event loop: the batch's queued commit cannot
    // run meanwhile).
    static bool nothingArrived(Conn &c);
    Storage::DeliveryWriter::Result stage(const QString &eventId, Conn *c = nullptr);
    void answer(Conn &c, const QByteArray &bytes); // inside a Capture

    QTemporaryDir m_tmp;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<DeliveryWriter> m_writer;
    std::unique_ptr<CommitBatch> m_batch;
    std::unique_ptr<HeldServer> m_server;
    std::unique_ptr<Storage::TestUtil::Peer> m_peer;
    std::vector<std::unique_ptr<Conn>> m_conns;
    std::vector<Settlement> m_settled;
};

void TestCommitBatch::init()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    m_db = Storage::Database::open(m_tmp.path() + QLatin1Char('/')
                                       + QLatin1String(QTest::currentTestFunction())
                                       + QLatin1Char('-') + QLatin1String(QTest::currentDataTag()),
                                   QStringLiteral("commitbatch"), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_writer = std::make_unique<DeliveryWriter>(*m_db);
    m_batch = std::make_unique<CommitBatch>(m_writer.get(), kFailure);
    m_server = std::make_unique<HeldServer>(m_batch.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_peer = std::make_unique<Storage::TestUtil::Peer>(m_db->filePath());
    m_settled.clear();
}

void TestCommitBatch::cleanup()
{
    m_conns.clear();
    m_server.reset();
    m_batch.reset();
    m_writer.reset();
    m_peer.reset();
    m_db.reset();
}

Conn *TestCommitBatch::open()
{
    auto conn = std::make_unique<Conn>();
    Conn *c = conn.get();
    c->client = std::make_unique<QTcpSocket>();
    connect(c->client.get(), &QIODevice::readyRead, this, [this, c] {
        if (c->received.isEmpty())
            c->eventsAtFirstByte = m_peer->value("SELECT count(*) FROM events");
        c->received += c->client->readAll();
    });
    const qsizetype before = m_server->accepted.size();
    c->client->connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->serverPort());
    if (!QTest::qWaitFor([&] {
            return c->client->state() == QAbstractSocket::ConnectedState
                && m_server->accepted.size() > before;
        })) {
        return nullptr;
    }
    c->server = m_server->accepted.last();
    m_conns.push_back(std::move(conn));
    return c;
}

bool TestCommitBatch::nothingArrived(Conn &c)
{
    if (!c.server)
        return false;
    c.server->flush(); // not overridden: whatever Qt has goes to the kernel now
    return !c.client->waitForReadyRead(100) && c.received.isEmpty();
}

Storage::DeliveryWriter::Result TestCommitBatch::stage(const QString &eventId, Conn *c)
{
    QPointer<HeldAnswerSocket> socket = c ? c->server : nullptr;
    return m_batch->stage(
        verifiedDelivery(kBilling, eventId), { Core::PlannedRun { QStringLiteral("agent") } },
        [this, socket](bool stored, const QString &error) {
            m_settled.push_back({ stored, error, socket ? socket->heldBytes() : -1 });
        });
}

void TestCommitBatch::answer(Conn &c, const QByteArray &bytes)
{
    CommitBatch::Capture capture(*m_batch);
    // In pieces, as QHttpServerResponder writes an answer: still one staged answer.
    c.server->write(bytes.left(3));
    c.server->write(bytes.mid(3));
}

void TestCommitBatch::capturedAnswerWaitsForTheCommit()
{
    Conn *c = open();
    QVERIFY(c);
    const auto r = stage(QStringLiteral("evt_1"), c);
    QCOMPARE(r.status, DeliveryWriter::Result::Committed);
    QCOMPARE(m_batch->stagedCount(), 1);
    const QByteArray ok = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    answer(*c, ok);
    QCOMPARE(c->server->heldBytes(), ok.size());
    QVERIFY2(nothingArrived(*c), "an answer left before its batch committed");
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 0);
    QCOMPARE(m_peer->value("SELECT count(*) FROM deliveries"), 0);
    QVERIFY(m_settled.empty());

    // The queued commit at the next event loop pass stores it, then releases the answer.
    QTRY_COMPARE(c->received, ok);
    QCOMPARE(c->eventsAtFirstByte, 1); // committed before the first byte left
    QCOMPARE(m_peer->value("SELECT count(*) FROM events WHERE stripe_id='evt_1'"), 1);
    QCOMPARE(m_peer->value("SELECT count(*) FROM runs"), 1);
    QCOMPARE(m_settled.size(), size_t(1));
    QVERIFY(m_settled[0].stored);
    QVERIFY(m_settled[0].error.isEmpty());
    QCOMPARE(m_settled[0].heldBytes, 0); // the answer was released before settled ran
    QCOMPARE(m_batch->stagedCount(), 0);
    QCOMPARE(m_batch->batchesCommitted(), 1);
    QCOMPARE(c->server->heldBytes(), 0);
}

void TestCommitBatch::laterWritesQueueBehindTheHeldAnswer()
{
    Conn *c = open();
    Conn *other = open();
    QVERIFY(c && other);
    QCOMPARE(stage(QStringLiteral("evt_o"), c).status, DeliveryWriter::Result::Committed);
    answer(*c, QByteArrayLiteral("[A: staged]"));
    c->server->write(QByteArrayLiteral("[B: after]")); // not captured, but behind A
    QCOMPARE(c->server->heldBytes(), qint64(sizeof("[A: staged][B: after]") - 1));
    QVERIFY2(nothingArrived(*c), "an answer left before its batch committed");

    // Another connection holding nothing is not held back by this one.
    other->server->write(QByteArrayLiteral("[straight]"));
    QCOMPARE(other->server->heldBytes(), 0);
    other->server->flush();
    QVERIFY(other->client->waitForReadyRead(3000)); // no event loop: c's commit cannot run
    QCOMPARE(other->received, QByteArrayLiteral("[straight]"));
    QCOMPARE(m_batch->batchesCommitted(), 0);
    QCOMPARE(c->received, QByteArray());

    QTRY_COMPARE(c->received, QByteArrayLiteral("[A: staged][B: after]"));
    QCOMPARE(c->eventsAtFirstByte, 1);

    // Released: the socket holds nothing any more, and writes go straight out again.
    c->server->write(QByteArrayLiteral("[C]"));
    QCOMPARE(c->server->heldBytes(), 0);
    c->server->flush();
    QVERIFY(c->client->waitForReadyRead(3000));
    QCOMPARE(c->received, QByteArrayLiteral("[A: staged][B: after][C]"));
    QCOMPARE(m_batch->batchesCommitted(), 1);
}

void TestCommitBatch::failedCommitReplacesEveryStagedAnswer()
{
    // The database has foreign_keys=ON: a deferred violation makes COMMIT itself fail.
    QVERIFY(m_peer->exec("CREATE TABLE parent(id INTEGER PRIMARY KEY)"));
    QVERIFY(m_peer->exec("CREATE TABLE child(p INTEGER REFERENCES parent(id) "
                         "DEFERRABLE INITIALLY DEFERRED)"));
    QVERIFY(m_peer->exec("CREATE TRIGGER fail_commit AFTER INSERT ON deliveries WHEN "
                         "NEW.outcome != 'rejected' BEGIN INSERT INTO child VALUES(42); END"));
    Conn *a = open();
    Conn *b = open();
    Conn *c = open();
    QVERIFY(a && b && c);

    QCOMPARE(stage(QStringLiteral("evt_a1"), a).status, DeliveryWriter::Result::Committed);
    answer(*a, QByteArrayLiteral("[ok a1]"));
    a->server->write(QByteArrayLiteral("[a: between]"));
    QCOMPARE(stage(QStringLiteral("evt_a2"), a).status, DeliveryWriter::Result::Committed);
    answer(*a, QByteArrayLiteral("[ok a2]"));
    a->server->write(QByteArrayLiteral("[a: after]"));
    QCOMPARE(stage(QStringLiteral("evt_b"), b).status, DeliveryWriter::Result::Committed);
    answer(*b, QByteArrayLiteral("[ok b]"));
    b->server->write(QByteArrayLiteral("[b: after]"));
    QCOMPARE(stage(QStringLiteral("evt_c"), c).status, DeliveryWriter::Result::Committed);
    answer(*c, QByteArrayLiteral("[ok c]")); // only a staged answer on this one
    QCOMPARE(m_batch->stagedCount(), 4);
    QVERIFY2(nothingArrived(*a), "an answer left before its batch committed");
    QVERIFY2(nothingArrived(*b), "an answer left before its batch committed");
    QVERIFY2(nothingArrived(*c), "an answer left before its batch committed");

    QTRY_COMPARE(a->received, kFailure + "[a: between]" + kFailure + "[a: after]");
    QTRY_COMPARE(b->received, kFailure + "[b: after]");
    QTRY_COMPARE(c->received, kFailure);
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 0);
    QCOMPARE(m_peer->value("SELECT count(*) FROM deliveries"), 0);
    QCOMPARE(m_peer->value("SELECT count(*) FROM runs"), 0);
    QCOMPARE(m_settled.size(), size_t(4));
    for (const Settlement &s : m_settled) {
        QVERIFY(!s.stored);
        QVERIFY(!s.error.isEmpty());
    }
    QCOMPARE(m_batch->stagedCount(), 0);
    QCOMPARE(m_batch->batchesCommitted(), 0); // a failed commit stored nothing

    // The next batch, once the cause is gone, is stored and answered as written.
    QVERIFY(m_peer->exec("DROP TRIGGER fail_commit"));
    a->received.clear();
    QCOMPARE(stage(QStringLiteral("evt_a1"), a).status, DeliveryWriter::Result::Committed);
    answer(*a, QByteArrayLiteral("[ok again]"));
    QTRY_COMPARE(a->received, QByteArrayLiteral("[ok again]"));
    QCOMPARE(m_settled.size(), size_t(5));
    QVERIFY(m_settled.back().stored);
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 1);
    QCOMPARE(m_batch->batchesCommitted(), 1);
}

void TestCommitBatch::failedStageFailsTheEarlierDeliveriesAtOnce()
{
    QVERIFY(m_peer->exec("CREATE TRIGGER bad BEFORE INSERT ON events WHEN NEW.stripe_id="
                         "'evt_bad' BEGIN SELECT RAISE(ABORT, 'x'); END"));
    Conn *a = open();
    Conn *b = open();
    QVERIFY(a && b);
    QCOMPARE(stage(QStringLiteral("evt_fine"), a).status, DeliveryWriter::Result::Committed);
    answer(*a, QByteArrayLiteral("[ok fine]"));
    const auto failed = stage(QStringLiteral("evt_bad"), b);
    QCOMPARE(failed.status, DeliveryWriter::Result::Failed);
    QVERIFY(!failed.error.isEmpty());
    // At once, without an event loop pass: the earlier delivery was rolled back with it.
    QCOMPARE(m_settled.size(), size_t(1));
    QVERIFY(!m_settled[0].stored);
    QVERIFY(!m_settled[0].error.isEmpty());
    QCOMPARE(m_batch->stagedCount(), 0);
    QCOMPARE(a->server->heldBytes(), 0); // handed to Qt (replaced by the failure answer)
    // The failing delivery itself is answered by its handler, not held.
    b->server->write(QByteArrayLiteral("[503 for evt_bad]"));
    QCOMPARE(b->server->heldBytes(), 0);

    QTRY_COMPARE(a->received, kFailure);
    QTRY_COMPARE(b->received, QByteArrayLiteral("[503 for evt_bad]"));
    QCOMPARE(m_settled.size(), size_t(1)); // never for the delivery that was not staged
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 0);
    QCOMPARE(m_peer->value("SELECT count(*) FROM deliveries"), 0);
    QCOMPARE(m_batch->batchesCommitted(), 0);

    // A new batch works.
    a->received.clear();
    QCOMPARE(stage(QStringLiteral("evt_fine"), a).status, DeliveryWriter::Result::Committed);
    answer(*a, QByteArrayLiteral("[ok fine]"));
    QTRY_COMPARE(a->received, QByteArrayLiteral("[ok fine]"));
    QCOMPARE(m_settled.size(), size_t(2));
    QVERIFY(m_settled[1].stored);
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 1);
}

void TestCommitBatch::closeWhileHoldingWaitsForTheRelease_data()
{
    QTest::addColumn<bool>("useClose");
    QTest::newRow("disconnectFromHost") << false;
    QTest::newRow("close") << true;
}

void TestCommitBatch::closeWhileHoldingWaitsForTheRelease()
{
    QFETCH(bool, useClose);
    Conn *c = open();
    QVERIFY(c);
    QSignalSpy disconnected(c->client.get(), &QAbstractSocket::disconnected);
    QCOMPARE(stage(QStringLiteral("evt_close"), c).status, DeliveryWriter::Result::Committed);
    answer(*c, QByteArrayLiteral("[answer]"));
    c->server->write(QByteArrayLiteral("[last words]"));
    if (useClose)
        c->server->close();
    else
        c->server->disconnectFromHost();
    QCOMPARE(c->server->state(), QAbstractSocket::ConnectedState); // deferred
    QVERIFY(c->server->isOpen());
    QVERIFY2(nothingArrived(*c), "an answer left before its batch committed");
    QCOMPARE(disconnected.size(), 0);

    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(c->received, QByteArrayLiteral("[answer][last words]"));
    QCOMPARE(c->eventsAtFirstByte, 1);
    QTRY_COMPARE(c->server->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(m_settled.size() == 1 && m_settled[0].stored);
}

void TestCommitBatch::bytesToWriteCountsHeldBytes()
{
    Conn *c = open();
    QVERIFY(c);
    QCOMPARE(c->server->bytesToWrite(), 0);
    QCOMPARE(stage(QStringLiteral("evt_btw"), c).status, DeliveryWriter::Result::Committed);
    const QByteArray staged(1000, 'a');
    answer(*c, staged);
    QCOMPARE(c->server->heldBytes(), 1000);
    QCOMPARE(c->server->bytesToWrite(), 1000);
    c->server->write(QByteArray(24, 'b'));
    QCOMPARE(c->server->heldBytes(), 1024);
    QCOMPARE(c->server->bytesToWrite(), 1024);
    // Qt's own buffer holds none of it: it is all held.
    QCOMPARE(c->server->QTcpSocket::bytesToWrite(), 0);

    QTRY_COMPARE(c->received.size(), 1024);
    QCOMPARE(c->received, staged + QByteArray(24, 'b'));
    QCOMPARE(c->server->heldBytes(), 0);
    QTRY_COMPARE(c->server->bytesToWrite(), 0);
}

void TestCommitBatch::socketDeletedWhileHolding()
{
    Conn *gone = open();
    Conn *kept = open();
    QVERIFY(gone && kept);
    QSignalSpy disconnected(gone->client.get(), &QAbstractSocket::disconnected);
    QCOMPARE(stage(QStringLiteral("evt_gone"), gone).status, DeliveryWriter::Result::Committed);
    answer(*gone, QByteArrayLiteral("[never sent]"));
    gone->server->write(QByteArrayLiteral("[nor this]"));
    QCOMPARE(stage(QStringLiteral("evt_kept"), kept).status, DeliveryWriter::Result::Committed);
    answer(*kept, QByteArrayLiteral("[kept]"));
    delete gone->server.data();
    QVERIFY(!gone->server);

    QTRY_COMPARE(m_settled.size(), size_t(2));
    QVERIFY(m_settled[0].stored);
    QVERIFY(m_settled[1].stored);
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 2);
    QTRY_COMPARE(kept->received, QByteArrayLiteral("[kept]"));
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(gone->received, QByteArray()); // its held bytes went with it
}

void TestCommitBatch::destroyingTheBatchCommitsAndReleases()
{
    Conn *c = open();
    QVERIFY(c);
    QCOMPARE(stage(QStringLiteral("evt_last"), c).status, DeliveryWriter::Result::Committed);
    answer(*c, QByteArrayLiteral("[last]"));
    m_batch.reset(); // as ReceiverWorker::shutdown(): no event loop pass in between
    QCOMPARE(m_settled.size(), size_t(1));
    QVERIFY(m_settled[0].stored);
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 1);
    QCOMPARE(c->server->heldBytes(), 0);
    QTRY_COMPARE(c->received, QByteArrayLiteral("[last]"));
    // Without a batch the socket writes straight through.
    c->server->write(QByteArrayLiteral("[after]"));
    QCOMPARE(c->server->heldBytes(), 0);
    QTRY_COMPARE(c->received, QByteArrayLiteral("[last][after]"));
}

void TestCommitBatch::abortWhileHoldingDropsTheHeldBytes()
{
    // abort() is not virtual: it drops Qt's write buffer and calls close(), where the socket has
    // to notice it (ConnectionGuard::onDeadline() and LingeringClose::abortNow() abort receiver
    // connections). Deferring that close, as for disconnectFromHost(), made the release write
    // into the dropped buffer (SIGSEGV in QRingBuffer::append).
    Conn *c = open();
    QVERIFY(c);
    QSignalSpy disconnected(c->client.get(), &QAbstractSocket::disconnected);
    QCOMPARE(stage(QStringLiteral("evt_abort"), c).status, DeliveryWriter::Result::Committed);
    answer(*c, QByteArrayLiteral("[answer]"));
    c->server->abort();
    QCOMPARE(c->server->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(c->server->heldBytes(), 0);
    QTRY_COMPARE(m_settled.size(), size_t(1));
    QVERIFY(m_settled[0].stored); // stored; its answer is lost with the connection
    QCOMPARE(m_peer->value("SELECT count(*) FROM events"), 1);
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(c->received, QByteArray());
}

QTEST_GUILESS_MAIN(TestCommitBatch)
#include "tst_commitbatch.moc"

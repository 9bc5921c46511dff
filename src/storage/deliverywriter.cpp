#include "storage/deliverywriter.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/sqliteerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Hookyard::Storage {

namespace {

// Statements are prepared once with SQLITE_PREPARE_PERSISTENT and only reset and rebound per
// delivery: parsing SQL per commit is measurable at thousands of commits a second.
constexpr const char *BeginSql = "BEGIN IMMEDIATE";
constexpr const char *CommitSql = "COMMIT";
constexpr const char *RollbackSql = "ROLLBACK";
constexpr const char *InsertEventSql =
    "INSERT OR IGNORE INTO events(connector_id, stripe_id, type, object, livemode, "
    "created_s, api_version, object_id, received_at, delivery_count, body) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10)";
constexpr const char *BumpDuplicateSql = "UPDATE events SET delivery_count = delivery_count + 1 "
                                         "WHERE connector_id = ?1 AND stripe_id = ?2 RETURNING id";
constexpr const char *InsertDeliverySql =
    "INSERT INTO deliveries(connector_id, received_at, http_status, outcome, reason, "
    "message, remote_address, user_agent, content_type, signature_t, skew_s, v1_count, "
    "matched_previous, body_size, event_row) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
constexpr const char *InsertRunSql =
    "INSERT INTO runs(event_row, agent, state, manual, attempt, queued_at) "
    "VALUES(?1, ?2, 'queued', 0, 1, ?3)";

// Resets a statement on every exit path, so that no statement keeps a read transaction or a
// pointer to a caller's buffer (bindings are SQLITE_STATIC) once commitVerified() returns.
class Resetter
{
public:
    explicit Resetter(sqlite3_stmt *stmt) : m_stmt(stmt) { }
    ~Resetter()
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }
    Q_DISABLE_COPY_MOVE(Resetter)

private:
    sqlite3_stmt *m_stmt;
};

void bindText(sqlite3_stmt *stmt, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

} // namespace

struct DeliveryWriter::Statements
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *begin = nullptr;
    sqlite3_stmt *commit = nullptr;
    sqlite3_stmt *rollback = nullptr;
    sqlite3_stmt *insertEvent = nullptr;
    sqlite3_stmt *bumpDuplicate = nullptr;
    sqlite3_stmt *insertDelivery = nullptr;
    sqlite3_stmt *insertRun = nullptr;
    int prepareCode = SQLITE_OK;
    QString prepareError;

    void prepare(sqlite3 *handle, const QString &dataDir)
    {
        db = handle;
        const std::pair<sqlite3_stmt **, const char *> all[] = {
            { &begin, BeginSql },
            { &commit, CommitSql },
            { &rollback, RollbackSql },
            { &insertEvent, InsertEventSql },
            { &bumpDuplicate, BumpDuplicateSql },
            { &insertDelivery, InsertDeliverySql },
            { &insertRun, InsertRunSql },
        };
        for (const auto &[stmt, sql] : all) {
            prepareCode = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr);
            if (prepareCode != SQLITE_OK) {
                prepareError = SqliteError::describe(db, dataDir);
                qCWarning(lcStorage) << "cannot prepare the delivery statements:" << prepareError;
                finalize();
                return;
            }
        }
    }

    void finalize()
    {
        for (sqlite3_stmt **stmt : { &begin, &commit, &rollback, &insertEvent, &bumpDuplicate,
                                     &insertDelivery, &insertRun }) {
            sqlite3_finalize(*stmt);
            *stmt = nullptr;
        }
    }

    // prepare() finalises every statement when one fails, so one is enough to ask.
    bool ready() const { return insertRun != nullptr; }

    // Why the statements cannot run: they failed to prepare, or the connection closed.
    QString notReadyError() const
    {
        return prepareError.isEmpty() ? QCoreApplication::translate(
                   "Hookyard::Storage::DeliveryWriter", "The database connection is closed.")
                                      : prepareError;
    }

    // Runs a statement that returns no rows.
    int exec(sqlite3_stmt *stmt)
    {
        const int code = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return code == SQLITE_DONE ? SQLITE_OK : code;
    }

    void rollbackIfOpen()
    {
        for (sqlite3_stmt *stmt : { insertEvent, bumpDuplicate, insertDelivery, insertRun })
            sqlite3_reset(stmt);
        // SQLite rolls back by itself on some errors (SQLITE_FULL, SQLITE_IOERR ...).
        if (!sqlite3_get_autocommit(db))
            exec(rollback);
    }
};

DeliveryWriter::DeliveryWriter(Database &db) : m_db(db), m_stmts(std::make_unique<Statements>())
{
    m_stmts->prepare(db.handle(), db.dataDir());
    // Finalise with the connection if the Database goes first, so it can close cleanly; the
    // writer then only answers Failed ("closed") and must not touch the Database again.
    m_closeHook = db.addCloseHook([stmts = m_stmts.get()] {
        stmts->finalize();
        stmts->db = nullptr;
    });
}

DeliveryWriter::~DeliveryWriter()
{
    if (m_stmts->db) { // the Database is still alive
        m_db.removeCloseHook(m_closeHook);
        m_stmts->finalize();
    }
}

DeliveryWriter::Result DeliveryWriter::commitVerified(const Core::Delivery &delivery,
                                                      const QList<Core::PlannedRun> &runs)
{
    Result result = stage(delivery, runs);
    if (result.status != Result::Committed)
        return result;
    if (!commitStaged(&result.error)) {
        result.status = Result::Failed;
        result.duplicate = false;
        result.eventRow = result.deliveryRow = 0;
        result.runIds.clear();
    }
    return result;
}

bool DeliveryWriter::commitStaged(QString *error)
{
    Statements &s = *m_stmts;
    if (m_staged == 0)
        return true;
    const int staged = m_staged;
    m_staged = 0;
    if (s.ready() && s.exec(s.commit) == SQLITE_OK)
        return true;
    const int code = s.ready() ? sqlite3_extended_errcode(s.db) : SQLITE_MISUSE;
    const QString reason =
        s.ready() ? SqliteError::describe(s.db, m_db.dataDir()) : s.notReadyError();
    if (s.ready())
        s.rollbackIfOpen();
    if (error)
        *error = reason;
    // The receiver logs the reason (and sums up a streak of failures); this is the detail.
    qCDebug(lcStorage) << "deliveries not stored: commit failed with code" << code << "for"
                       << staged << "deliveries";
    return false;
}

DeliveryWriter::Result DeliveryWriter::stage(const Core::Delivery &delivery,
                                             const QList<Core::PlannedRun> &runs)
{
    Result result;
    Statements &s = *m_stmts;
    if (!s.ready()) {
        result.error = s.notReadyError();
        m_staged = 0; // the connection and its transaction are gone
        return result;
    }

    // UTF-8 copies that outlive every step: the statements bind them without copying.
    const QByteArray connectorId = delivery.connectorId.toUtf8();
    const QByteArray stripeId = delivery.event.id.toUtf8();
    const QByteArray type = delivery.event.type.toUtf8();
    const QByteArray object = delivery.event.object.toUtf8();
    const QByteArray apiVersion = delivery.event.apiVersion.toUtf8();
    const QByteArray objectId = delivery.event.objectId.toUtf8();
    const QByteArray message = delivery.message.toUtf8();
    const QByteArray remote = delivery.remoteAddress.toUtf8();
    const QByteArray userAgent = delivery.userAgent.toUtf8();
    const QByteArray contentType = delivery.contentType.toUtf8();

    const auto fail = [&](const char *step) {
        const int code = sqlite3_extended_errcode(s.db);
        result.status = Result::Failed;
        result.error = SqliteError::describe(s.db, m_db.dataDir());
        s.rollbackIfOpen();
        result.duplicate = false;
        result.eventRow = result.deliveryRow = 0;
        result.runIds.clear();
        qCDebug(lcStorage) << "delivery not stored:" << step << "failed with code" << code
                           << "for connector" << delivery.connectorId << "and" << m_staged
                           << "staged before it";
        m_staged = 0;
        return result;
    };

    // IMMEDIATE: take the write lock up front, so a busy database fails (or waits) here and
    // never halfway through the inserts.
    if (m_staged == 0 && s.exec(s.begin) != SQLITE_OK)
        return fail("begin");

    {
        Resetter reset(s.insertEvent);
        bindText(s.insertEvent, 1, connectorId);
        bindText(s.insertEvent, 2, stripeId);
        bindText(s.insertEvent, 3, type);
        bindText(s.insertEvent, 4, object);
        sqlite3_bind_int(s.insertEvent, 5, delivery.event.livemode ? 1 : 0);
        sqlite3_bind_int64(s.insertEvent, 6, delivery.event.created);
        bindText(s.insertEvent, 7, apiVersion);
        bindText(s.insertEvent, 8, objectId);
        sqlite3_bind_int64(s.insertEvent, 9, delivery.receivedAtMs);
        sqlite3_bind_blob64(s.insertEvent, 10, delivery.body.constData(),
                            sqlite3_uint64(delivery.body.size()), SQLITE_STATIC);
        if (sqlite3_step(s.insertEvent) != SQLITE_DONE)
            return fail("insert event");
    }
    if (sqlite3_changes(s.db) > 0) {
        result.eventRow = sqlite3_last_insert_rowid(s.db);
    } else {
        // The (connector, Stripe id) is known: Stripe retried. Count it, queue nothing.
        result.duplicate = true;
        Resetter reset(s.bumpDuplicate);
        bindText(s.bumpDuplicate, 1, connectorId);
        bindText(s.bumpDuplicate, 2, stripeId);
        if (sqlite3_step(s.bumpDuplicate) != SQLITE_ROW)
            return fail("count duplicate");
        result.eventRow = sqlite3_column_int64(s.bumpDuplicate, 0);
        if (sqlite3_step(s.bumpDuplicate) != SQLITE_DONE)
            return fail("count duplicate");
    }

    {
        static const QByteArray accepted = QByteArrayLiteral("accepted");
        static const QByteArray duplicate = QByteArrayLiteral("duplicate");
        static const QByteArray none = QByteArrayLiteral("none");
        Resetter reset(s.insertDelivery);
        sqlite3_stmt *st = s.insertDelivery;
        bindText(st, 1, connectorId);
        sqlite3_bind_int64(st, 2, delivery.receivedAtMs);
        sqlite3_bind_int(st, 3, delivery.httpStatus > 0 ? delivery.httpStatus : 200);
        bindText(st, 4, result.duplicate ? duplicate : accepted);
        bindText(st, 5, none);
        bindText(st, 6, message);
        bindText(st, 7, remote);
        bindText(st, 8, userAgent);
        bindText(st, 9, contentType);
        sqlite3_bind_int64(st, 10, delivery.signatureTimestamp);
        sqlite3_bind_int64(st, 11, delivery.skewSecs);
        sqlite3_bind_int(st, 12, delivery.v1Count);
        sqlite3_bind_int(st, 13, delivery.matchedPreviousSecret ? 1 : 0);
        sqlite3_bind_int64(
            st, 14, delivery.bodySize > 0 ? delivery.bodySize : qint64(delivery.body.size()));
        sqlite3_bind_int64(st, 15, result.eventRow);
        if (sqlite3_step(st) != SQLITE_DONE)
            return fail("insert delivery");
        result.deliveryRow = sqlite3_last_insert_rowid(s.db);
    }

    if (!result.duplicate) {
        for (const Core::PlannedRun &run : runs) {
            const QByteArray agent = run.agent.toUtf8();
            Resetter reset(s.insertRun);
            sqlite3_bind_int64(s.insertRun, 1, result.eventRow);
            bindText(s.insertRun, 2, agent);
            sqlite3_bind_int64(s.insertRun, 3, delivery.receivedAtMs);
            if (sqlite3_step(s.insertRun) != SQLITE_DONE)
                return fail("queue run");
            result.runIds.append(sqlite3_last_insert_rowid(s.db));
        }
    }

    // Staged: only a successful COMMIT (commitStaged) lets the receiver answer 2xx
    // (ARCHITECTURE.md 2).
    ++m_staged;
    result.status = Result::Committed;
    return result;
}

bool DeliveryWriter::recordRejected(const QList<Core::Delivery> &deliveries, QString *error)
{
    if (deliveries.isEmpty())
        return true;
    Statements &s = *m_stmts;
    const auto fail = [&](const char *step) {
        const QString reason = SqliteError::describe(s.db, m_db.dataDir());
        s.rollbackIfOpen();
        if (error)
            *error = reason;
        // DeliveryReporter logs the reason once per run of failures; this is the detail.
        qCDebug(lcStorage) << "rejected deliveries not stored:" << step << "failed:" << reason;
        return false;
    };
    if (!s.ready()) {
        if (error)
            *error = s.notReadyError();
        return false;
    }
    if (m_staged > 0) { // a programming error: CommitBatch commits before the reporter writes
        if (error)
            *error = QStringLiteral("deliveries are staged; commit them first");
        return false;
    }
    // One transaction for the whole batch: one commit instead of one per rejected request.
    if (s.exec(s.begin) != SQLITE_OK)
        return fail("begin");
    static const QByteArray rejected = QByteArrayLiteral("rejected");
    for (const Core::Delivery &d : deliveries) {
        const QByteArray connectorId = d.connectorId.toUtf8();
        const QByteArray reason = Core::rejectCode(d.reason).toUtf8();
        const QByteArray message = d.message.toUtf8();
        const QByteArray remote = d.remoteAddress.toUtf8();
        const QByteArray userAgent = d.userAgent.toUtf8();
        const QByteArray contentType = d.contentType.toUtf8();
        Resetter reset(s.insertDelivery);
        sqlite3_stmt *st = s.insertDelivery;
        bindText(st, 1, connectorId);
        sqlite3_bind_int64(st, 2, d.receivedAtMs);
        sqlite3_bind_int(st, 3, d.httpStatus);
        bindText(st, 4, rejected);
        bindText(st, 5, reason);
        bindText(st, 6, message);
        bindText(st, 7, remote);
        bindText(st, 8, userAgent);
        bindText(st, 9, contentType);
        sqlite3_bind_int64(st, 10, d.signatureTimestamp);
        sqlite3_bind_int64(st, 11, d.skewSecs);
        sqlite3_bind_int(st, 12, d.v1Count);
        sqlite3_bind_int(st, 13, d.matchedPreviousSecret ? 1 : 0);
        sqlite3_bind_int64(st, 14, d.bodySize);
        sqlite3_bind_null(st, 15); // never the body of an unauthenticated request
        if (sqlite3_step(st) != SQLITE_DONE)
            return fail("insert rejected delivery");
    }
    if (s.exec(s.commit) != SQLITE_OK)
        return fail("commit");
    return true;
}

} // namespace Hookyard::Storage

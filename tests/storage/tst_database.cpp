#include "storage/database.h"
#include "storage/sqlfunctions.h"
#include "storagetestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <iterator>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // A database file written by "another" program, through the C API only.
    static void writeRawDatabase(const QString &path, const char *sql)
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }

private slots:
    void createsDirectoryAndSchema()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/nested/data");
        QString error;
        auto db = Database::open(dir, QStringLiteral("test"), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(QFile::exists(dir + QStringLiteral("/hookyard.db")));
        // Only the owner may look inside a data dir that Hookyard created.
        QCOMPARE(QFile::permissions(dir) & 0x0077, QFile::Permissions());
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(db->schemaVersion(), 3);
        QVERIFY(db->handle());
        QCOMPARE(db->filePath(), dir + QStringLiteral("/hookyard.db"));
        // The first Database of the process turned SQLite's memory statistics off (a global
        // mutex on every allocation): an open connection then counts no memory in use.
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
        for (const char *table :
             { "connectors", "deliveries", "events", "runs", "settings", "meta" })
            QVERIFY2(scalar(*db,
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                           "type='table' AND name='%1'")
                                .arg(QLatin1String(table)))
                             .toInt()
                         == 1,
                     table);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT value FROM meta WHERE key='config_generation'"))
                     .toString(),
                 QStringLiteral("1"));
    }

    void pragmas_data()
    {
        QTest::addColumn<int>("sync");
        QTest::addColumn<int>("expected");
        QTest::newRow("normal") << int(Database::Sync::Normal) << 1;
        QTest::newRow("full") << int(Database::Sync::Full) << 2;
    }

    void pragmas()
    {
        QFETCH(int, sync);
        QFETCH(int, expected);
        QTemporaryDir tmp;
        QString error;
        auto db = Database::open(tmp.path(), QStringLiteral("test"), &error, Database::Sync(sync));
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), expected);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        // Small pages keep what each delivery writes to the WAL small (database.cpp says why).
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA page_size")).toInt(), 2048);
        QVERIFY(db->checkpoint(&error));
    }

    void connectionsAreUniqueAndRemoved()
    {
        QTemporaryDir tmp;
        QString error;
        auto a = Database::open(tmp.path(), QStringLiteral("same"), &error);
        auto b = Database::open(tmp.path(), QStringLiteral("same"), &error);
        QVERIFY(a && b);
        QVERIFY(a->connectionName() != b->connectionName());
        QVERIFY(a->handle() != b->handle());
        const QString name = a->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        a.reset();
        QVERIFY(!QSqlDatabase::contains(name));
        // The other connection is untouched.
        QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM connectors")).toInt(), 0);
    }

    void walLetsAReaderSeeCommittedRows()
    {
        QTemporaryDir tmp;
        QString error;
        auto writer = Database::open(tmp.path(), QStringLiteral("writer"), &error);
        auto reader = Database::open(tmp.path(), QStringLiteral("reader"), &error);
        QVERIFY(writer && reader);
        QVERIFY(exec(*writer, "INSERT INTO settings VALUES('k', 'v')"));
        QCOMPARE(
            scalar(*reader, QStringLiteral("SELECT value FROM settings WHERE key='k'")).toString(),
            QStringLiteral("v"));
    }

    void commitRewriteStartsTheWalOver()
    {
        QTemporaryDir tmp;
        QString error;
        auto db = Database::open(tmp.path(), QStringLiteral("upkeep"), &error);
        auto other = Database::open(tmp.path(), QStringLiteral("other"), &error);
        QVERIFY(db && other);
        db->setAutoCheckpoint(77);
        QVERIFY(exec(*other, "INSERT INTO settings VALUES('k', 'v')"));
        const qint64 seen = db->dataVersion();
        QVERIFY(exec(*other, "UPDATE settings SET value = 'w'"));
        QVERIFY(db->dataVersion() != seen); // another connection committed

        // Every frame copied and the file truncated: the rewrite writes the WAL's first frame.
        QCOMPARE(db->truncateWal(&error), Database::WalResult::Done);
        QCOMPARE(db->beginWrite(&error), Database::WalResult::Done);
        QCOMPARE(db->commitRewrite(&error), 1);
        // Nothing checkpointed since: the next one appends.
        QCOMPARE(db->beginWrite(&error), Database::WalResult::Done);
        QCOMPARE(db->commitRewrite(&error), 2);
        // While another connection holds the write lock: Busy at once, not after the timeout.
        QVERIFY(exec(*other, "BEGIN IMMEDIATE"));
        QCOMPARE(db->beginWrite(&error), Database::WalResult::Busy);
        QVERIFY(exec(*other, "ROLLBACK"));
        // The WAL hook that counted the frames is gone; automatic checkpoints are as they were.
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 77);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(),
                 scalar(*other, QStringLiteral("PRAGMA user_version")).toInt());
        QCOMPARE(scalar(*other, QStringLiteral("SELECT value FROM settings")).toString(),
                 QStringLiteral("w"));
    }

    void refusesNewerSchemaUnchanged()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/hookyard.db");
        writeRawDatabase(path,
                         "CREATE TABLE future(x); INSERT INTO future VALUES(1); "
                         "PRAGMA user_version = 7;");
        const QByteArray before = fileHash(path);
        QString error;
        auto db = Database::open(tmp.path(), QStringLiteral("test"), &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QStringLiteral(
                     "was created by a newer Hookyard (schema 7); upgrade Hookyard or use "
                     "another --data-dir")),
                 qPrintable(error));
        QCOMPARE(fileHash(path), before);
        // Still a rollback-journal database: not even WAL was switched on.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignDatabase()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/hookyard.db");
        writeRawDatabase(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY);");
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!Database::open(tmp.path(), QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("is not a Hookyard database")), qPrintable(error));
        // Refused as it was: not even switched to WAL mode (which rewrites its header).
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesGarbageFile()
    {
        QTemporaryDir tmp;
        QFile f(tmp.path() + QStringLiteral("/hookyard.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        QString error;
        QVERIFY(!Database::open(tmp.path(), QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("--data-dir")), qPrintable(error));
    }

    void dataDirIsAFile()
    {
        QTemporaryDir tmp;
        const QString file = tmp.path() + QStringLiteral("/plain");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        QVERIFY(!Database::open(file, QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a directory")), qPrintable(error));
        // Below a file: the directory cannot be created.
        QVERIFY(!Database::open(file + QStringLiteral("/sub"), QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("Could not create the data directory")),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("--data-dir")));
    }

    void unwritableDataDir()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/ro");
        QVERIFY(QDir().mkdir(dir));
        // r-x for everyone: reachable and readable, writable by nobody but root.
        QVERIFY(QFile::setPermissions(tmp.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ExeGroup | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(dir,
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const auto check = [&dir]() -> int {
            if (::access(QFile::encodeName(dir).constData(), X_OK) != 0)
                return 2; // cannot even reach it: the check below would prove nothing
            if (::access(QFile::encodeName(dir).constData(), W_OK) == 0)
                return 3;
            QString error;
            if (Database::open(dir, QStringLiteral("test"), &error))
                return 4;
            return error.contains(QStringLiteral("is not writable")) ? 0 : 1;
        };
        int result = -1;
        if (::geteuid() != 0) {
            result = check();
        } else {
            // Root may write anywhere: check as the unprivileged user "nobody" (65534), in a
            // child process, so that CI (which runs as root) exercises this error too.
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) {
                    ::_exit(5);
                }
                ::_exit(check());
            }
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            QVERIFY(WIFEXITED(status));
            result = WEXITSTATUS(status);
        }
        static const char *const why[] = {
            "ok",
            "Database::open failed without saying \"is not writable\"",
            "the test's directory cannot be reached (as nobody, when root): run the test with "
            "TMPDIR set to a directory others can traverse",
            "the directory is writable after all (a file system that ignores permissions?)",
            "Database::open opened a database in a directory it cannot write to",
            "the child could not become the user nobody (65534)",
        };
        QVERIFY2(result >= 0 && result < int(std::size(why)), "the child did not finish");
        QVERIFY2(result == 0, why[result]);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void reopensExistingDatabase()
    {
        QTemporaryDir tmp;
        QString error;
        {
            auto db = Database::open(tmp.path(), QStringLiteral("first"), &error);
            QVERIFY(db);
            QVERIFY(exec(*db, "INSERT INTO settings VALUES('kept', 'yes')"));
        }
        auto db = Database::open(tmp.path(), QStringLiteral("second"), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT value FROM settings WHERE key='kept'")).toString(),
            QStringLiteral("yes"));
    }

    void containsNoCase_data()
    {
        QTest::addColumn<QByteArray>("haystack");
        QTest::addColumn<QByteArray>("needle");
        QTest::addColumn<bool>("found");
        QTest::newRow("same case")
            << QByteArray("cus_NffrFeUfNV2Hib") << QByteArray("NffrF") << true;
        QTest::newRow("any case") << QByteArray(R"("email": "Jenny.Rosen@Example.com")")
                                  << QByteArray("jenny.rosen@example.COM") << true;
        QTest::newRow("at the end") << QByteArray("abcXYZ") << QByteArray("xyz") << true;
        QTest::newRow("at the start") << QByteArray("XYZabc") << QByteArray("xy") << true;
        QTest::newRow("whole") << QByteArray("Ab") << QByteArray("aB") << true;
        QTest::newRow("longer needle") << QByteArray("ab") << QByteArray("abc") << false;
        QTest::newRow("partial at the end") << QByteArray("xxab") << QByteArray("abc") << false;
        QTest::newRow("a restart inside") << QByteArray("aaab") << QByteArray("aab") << true;
        QTest::newRow("empty needle") << QByteArray("abc") << QByteArray() << true;
        QTest::newRow("empty haystack") << QByteArray() << QByteArray("a") << false;
        QTest::newRow("not a letter") << QByteArray("a[b") << QByteArray("A{B") << false;
        QTest::newRow("past a NUL") << QByteArray("a\0bcD", 5) << QByteArray("bcd") << true;
        // Only ASCII letters fold: UTF-8 bytes match as they are.
        QTest::newRow("utf-8 exact")
            << QByteArray("M\xc3\xbcller") << QByteArray("m\xc3\xbcLLER") << true;
        QTest::newRow("utf-8 other case")
            << QByteArray("M\xc3\x9cller") << QByteArray("m\xc3\xbcller") << false;
    }

    // The text search's payload match (sqlfunctions.h), directly and as SQL on a connection.
    void containsNoCase()
    {
        QFETCH(QByteArray, haystack);
        QFETCH(QByteArray, needle);
        QFETCH(bool, found);
        QCOMPARE(Hookyard::Storage::containsNoCase(haystack, needle), found);

        QTemporaryDir tmp;
        QString error;
        auto db = Database::open(tmp.path(), QStringLiteral("test"), &error);
        QVERIFY2(db, qPrintable(error));
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(
            sqlite3_prepare_v2(db->handle(), "SELECT contains_nocase(?, ?)", -1, &stmt, nullptr),
            SQLITE_OK);
        sqlite3_bind_blob(stmt, 1, haystack.constData(), int(haystack.size()), SQLITE_STATIC);
        sqlite3_bind_blob(stmt, 2, needle.isNull() ? "" : needle.constData(), int(needle.size()),
                          SQLITE_STATIC);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), found ? 1 : 0);
        sqlite3_finalize(stmt);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

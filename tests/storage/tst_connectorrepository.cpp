#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storagetestutil.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

class TestConnectorRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        QString error;
        const QString dir = m_tmp.path() + QLatin1Char('/')
            + QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-')
            + QString::fromUtf8(QTest::currentDataTag())
                  .replace(QLatin1Char(' '), QLatin1Char('_'));
        m_db = Database::open(dir, QStringLiteral("test"), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void addAndRead()
    {
        ConnectorRepository repo(*m_db);
        QString error;
        const qint64 generation = repo.configGeneration();
        const auto c = repo.add(QStringLiteral("billing"), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(c->id).hasMatch());
        QCOMPARE(c->name, QStringLiteral("billing"));
        QVERIFY(c->enabled);
        QCOMPARE(c->toleranceSecs, 300);
        QVERIFY(!c->hasSecret);
        QVERIFY(c->createdAtMs > 0);
        QCOMPARE(repo.configGeneration(), generation + 1);

        const auto byName = repo.byName(QStringLiteral("billing"));
        QVERIFY(byName);
        QCOMPARE(byName->id, c->id);
        const auto byId = repo.byId(c->id);
        QVERIFY(byId);
        QCOMPARE(byId->name, QStringLiteral("billing"));
        QCOMPARE(byId->ratePerSecond, -1.0);
        QCOMPARE(byId->burst, -1);
        QVERIFY(!repo.byName(QStringLiteral("nope")));
        QVERIFY(!repo.byId(QStringLiteral("00000000000000000000000000000000")));
    }

    void idsAreDistinct()
    {
        ConnectorRepository repo(*m_db);
        QString error;
        const auto a = repo.add(QStringLiteral("a"), &error);
        const auto b = repo.add(QStringLiteral("b"), &error);
        QVERIFY(a && b);
        QVERIFY(a->id != b->id);
    }

    void listIsSortedByName()
    {
        ConnectorRepository repo(*m_db);
        QString error;
        for (const char *name : { "zeta", "alpha", "mid.dle" })
            QVERIFY(repo.add(QLatin1String(name), &error));
        const auto all = repo.list(&error);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("alpha"));
        QCOMPARE(all.at(1).name, QStringLiteral("mid.dle"));
        QCOMPARE(all.at(2).name, QStringLiteral("zeta"));
    }

    void validNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("simple") << QStringLiteral("billing");
        QTest::newRow("all classes") << QStringLiteral("Pay-EU_2.live");
        QTest::newRow("one char") << QStringLiteral("x");
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a'));
    }

    void validNames()
    {
        QFETCH(QString, name);
        ConnectorRepository repo(*m_db);
        QString error;
        QVERIFY2(repo.add(name, &error), qPrintable(error));
    }

    void invalidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << QStringLiteral("at most 64");
        QTest::newRow("space") << QStringLiteral("my billing")
                               << QStringLiteral("may only contain");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("may only contain");
        QTest::newRow("accent") << QStringLiteral("caf\u00e9")
                                << QStringLiteral("may only contain");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("may only contain");
    }

    void invalidNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        ConnectorRepository repo(*m_db);
        const qint64 generation = repo.configGeneration();
        QString error;
        QVERIFY(!repo.add(name, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(repo.list().isEmpty());
        QCOMPARE(repo.configGeneration(), generation);
    }

    // A refused name comes with one that would do.
    void nameProblemSuggestsAName()
    {
        QVERIFY(ConnectorRepository::nameProblem(QStringLiteral("billing-eu.1")).isEmpty());
        QVERIFY2(ConnectorRepository::nameProblem(QStringLiteral("my billing"))
                     .contains(QStringLiteral("\"my-billing\" would do")),
                 qPrintable(ConnectorRepository::nameProblem(QStringLiteral("my billing"))));
        QVERIFY2(ConnectorRepository::nameProblem(QStringLiteral(" /shop: eu/ "))
                     .contains(QStringLiteral("\"shop-eu\" would do")),
                 qPrintable(ConnectorRepository::nameProblem(QStringLiteral(" /shop: eu/ "))));
        const QString onlyOthers = ConnectorRepository::nameProblem(QStringLiteral("äöü"));
        QVERIFY(!onlyOthers.isEmpty());
        QVERIFY2(!onlyOthers.contains(QStringLiteral("would do")), qPrintable(onlyOthers));
    }

    void duplicateNamesAreRefused()
    {
        ConnectorRepository repo(*m_db);
        QString error;
        QVERIFY(repo.add(QStringLiteral("billing"), &error));
        QVERIFY(!repo.add(QStringLiteral("billing"), &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        // Names that differ only in case would confuse anyone typing them.
        QVERIFY(!repo.add(QStringLiteral("Billing"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"billing\" already exists")), qPrintable(error));
        QCOMPARE(repo.list().size(), 1);
    }

    void updatePersistsAndBumps()
    {
        ConnectorRepository repo(*m_db);
        QString error;
        auto c = repo.add(QStringLiteral("billing"), &error);
        QVERIFY(c);
        const qint64 generation = repo.configGeneration();
        c->enabled = false;
        c->toleranceSecs = 600;
        c->ratePerSecond = 12.5;
        c->burst = 40;
        c->hasSecret = true;
        c->previousSecretExpiresAtMs = 1764300000000;
        QVERIFY2(repo.update(*c, &error), qPrintable(error));
        QCOMPARE(repo.configGeneration(), generation + 1);
        const auto back = repo.byId(c->id);
        QVERIFY(back);
        QVERIFY(!back->enabled);
        QCOMPARE(back->toleranceSecs, 600);
        QCOMPARE(back->ratePerSecond, 12.5);
        QCOMPARE(back->burst, 40);
        QVERIFY(back->hasSecret);
        QCOMPARE(back->previousSecretExpiresAtMs, 1764300000000);
        QVERIFY(back->updatedAtMs >= back->createdAtMs);
        QCOMPARE(back->name, QStringLiteral("billing")); // update never renames

        c->toleranceSecs = 0;
        QVERIFY(!repo.update(*c, &error));
        QVERIFY2(error.contains(QStringLiteral("at least 1 second")), qPrintable(error));
        QCOMPARE(repo.configGeneration(), generation + 1);
    }

    void updateUnknownFails()
    {
        ConnectorRepository repo(*m_db);
        Core::Connector ghost;
        ghost.id = QStringLiteral("00000000000000000000000000000000");
        ghost.name = QStringLiteral("ghost");
        QString error;
        QVERIFY(!repo.update(ghost, &error));
        QVERIFY2(error.contains(QStringLiteral("ghost")), qPrintable(error));
    }

    void removeKeepsHistory()
    {
        ConnectorRepository repo(*m_db);
        QString error;
        const auto c = repo.add(QStringLiteral("billing"), &error);
        QVERIFY(c);
        QVERIFY(exec(*m_db,
                     QStringLiteral("INSERT INTO deliveries(connector_id, received_at, "
                                    "http_status, outcome) VALUES('%1', 1, 400, "
                                    "'rejected')")
                         .arg(c->id)
                         .toUtf8()
                         .constData()));
        const qint64 generation = repo.configGeneration();
        QVERIFY2(repo.remove(c->id, &error), qPrintable(error));
        QCOMPARE(repo.configGeneration(), generation + 1);
        QVERIFY(!repo.byId(c->id));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 1);
        QVERIFY(!repo.remove(c->id, &error));
        QVERIFY2(error.contains(QStringLiteral("connector list")), qPrintable(error));
        // The name is free again, and kept for the removed one's history.
        QCOMPARE(repo.removedIdsNamed(QStringLiteral("billing")), QStringList { c->id });
        const auto again = repo.add(QStringLiteral("billing"), &error);
        QVERIFY(again);
        QCOMPARE(repo.removedIdsNamed(QStringLiteral("billing")), QStringList { c->id });
        // Removed a second time: both ids, the most recent first; other names are not mixed in.
        QVERIFY(exec(*m_db, "UPDATE removed_connectors SET removed_at = 1"));
        QVERIFY2(repo.remove(again->id, &error), qPrintable(error));
        QCOMPARE(repo.removedIdsNamed(QStringLiteral("billing")),
                 QStringList({ again->id, c->id }));
        QVERIFY(repo.removedIdsNamed(QStringLiteral("bill")).isEmpty());
        const auto removed = repo.removed();
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0), std::make_pair(c->id, QStringLiteral("billing")));
        QCOMPARE(removed.at(1), std::make_pair(again->id, QStringLiteral("billing")));
        // A failed removal keeps no name.
        QVERIFY(!repo.remove(QStringLiteral("00000000000000000000000000000000"), &error));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM removed_connectors")).toInt(),
                 2);
    }

    void bumpConfigGeneration()
    {
        ConnectorRepository repo(*m_db);
        const qint64 before = repo.configGeneration();
        QVERIFY(before >= 1);
        repo.bumpConfigGeneration();
        repo.bumpConfigGeneration();
        QCOMPARE(repo.configGeneration(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestConnectorRepository)
#include "tst_connectorrepository.moc"

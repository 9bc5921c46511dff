#include "core/settingsschema.h"
#include "storage/connectorrepository.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard;
using namespace Hookyard::Storage;
using namespace Hookyard::Storage::TestUtil;

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

private slots:
    void init()
    {
        QString error;
        m_db = Database::open(m_tmp.path() + QStringLiteral("/d%1").arg(++m_n),
                              QStringLiteral("test"), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void defaults()
    {
        SettingsRepository repo(*m_db);
        QCOMPARE(repo.value(QLatin1String(Core::Settings::ListenAddress)),
                 QStringLiteral("127.0.0.1:8787"));
        QCOMPARE(repo.value(QLatin1String(Core::Settings::SecretBackend)), QStringLiteral("auto"));
        QCOMPARE(repo.intValue(QLatin1String(Core::Settings::RetentionDays)), 30);
        const auto all = repo.all();
        QCOMPARE(all.size(), Core::settingSpecs().size());
        for (const Core::SettingSpec &spec : Core::settingSpecs())
            QCOMPARE(all.value(QLatin1String(spec.key)), QString::fromUtf8(spec.defaultValue));
    }

    void setNormalisesAndBumps()
    {
        SettingsRepository repo(*m_db);
        ConnectorRepository connectors(*m_db);
        const qint64 generation = connectors.configGeneration();
        QString error;
        QVERIFY2(repo.setValue(QLatin1String(Core::Settings::Synchronous), QStringLiteral(" full "),
                               &error),
                 qPrintable(error));
        QCOMPARE(repo.value(QLatin1String(Core::Settings::Synchronous)), QStringLiteral("full"));
        QCOMPARE(connectors.configGeneration(), generation + 1);

        // Durations are stored in milliseconds.
        QVERIFY2(
            repo.setValue(QLatin1String(Core::Settings::KillGrace), QStringLiteral("2s"), &error),
            qPrintable(error));
        QCOMPARE(repo.intValue(QLatin1String(Core::Settings::KillGrace)), 2000);

        QVERIFY(repo.setValue(QLatin1String(Core::Settings::CloseToTray), QStringLiteral("yes"),
                              &error));
        QVERIFY(repo.boolValue(QLatin1String(Core::Settings::CloseToTray)));
        QVERIFY(repo.setValue(QLatin1String(Core::Settings::CloseToTray), QStringLiteral("off"),
                              &error));
        QVERIFY(!repo.boolValue(QLatin1String(Core::Settings::CloseToTray)));
        QCOMPARE(repo.all().value(QLatin1String(Core::Settings::Synchronous)),
                 QStringLiteral("full"));
    }

    void refusesUnknownKeyAndBadValue()
    {
        SettingsRepository repo(*m_db);
        ConnectorRepository connectors(*m_db);
        const qint64 generation = connectors.configGeneration();
        QString error;
        QVERIFY(!repo.setValue(QStringLiteral("no.such.key"), QStringLiteral("1"), &error));
        QVERIFY2(error.contains(QStringLiteral("no.such.key")), qPrintable(error));
        error.clear();
        QVERIFY(!repo.setValue(QLatin1String(Core::Settings::Synchronous), QStringLiteral("fast"),
                               &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(repo.value(QLatin1String(Core::Settings::Synchronous)), QStringLiteral("normal"));
        QCOMPARE(connectors.configGeneration(), generation);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
    }

    void resetReturnsToDefault()
    {
        SettingsRepository repo(*m_db);
        QString error;
        QVERIFY(repo.setValue(QLatin1String(Core::Settings::RetentionDays), QStringLiteral("7"),
                              &error));
        QCOMPARE(repo.intValue(QLatin1String(Core::Settings::RetentionDays)), 7);
        QVERIFY(repo.reset(QLatin1String(Core::Settings::RetentionDays), &error));
        QCOMPARE(repo.intValue(QLatin1String(Core::Settings::RetentionDays)), 30);
        QVERIFY(!repo.reset(QStringLiteral("nope"), &error));
    }

    void invalidStoredValueFallsBackToDefault()
    {
        QVERIFY(exec(*m_db, "INSERT INTO settings VALUES('storage.synchronous', 'turbo')"));
        SettingsRepository repo(*m_db);
        QCOMPARE(repo.value(QLatin1String(Core::Settings::Synchronous)), QStringLiteral("normal"));
        QCOMPARE(repo.all().value(QLatin1String(Core::Settings::Synchronous)),
                 QStringLiteral("normal"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"

// The Engine in-process: serving on a free port, connectors and secrets applied at once, test
// events through the real receiver, read-only mode when another engine serves the data dir.
#include "engine/engine.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/settingsrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Hookyard::Engine::Engine;

class tst_Engine : public QObject
{
    Q_OBJECT

    static Engine::Options options(const QString &dir)
    {
        Engine::Options o;
        o.dataDir = dir;
        o.listenOverride = QStringLiteral("127.0.0.1:0");
        return o;
    }

    static void useFileSecrets(const QString &dir)
    {
        QString error;
        auto db = Hookyard::Storage::Database::open(dir, QStringLiteral("setup"), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(Hookyard::Storage::SettingsRepository(*db).setValue(
            QStringLiteral("secrets.backend"), QStringLiteral("file"), &error));
    }

private Q_SLOTS:
    void servesAndReceivesTestEvents()
    {
        QTemporaryDir dir;
        useFileSecrets(dir.path());
        Engine engine(options(dir.path()));
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Listening, 10000);
        QVERIFY(engine.port() != 0);

        QSignalSpy connectorsChanged(&engine, &Engine::connectorsChanged);
        const auto connector = engine.addConnector(QStringLiteral("billing"), &error);
        QVERIFY2(connector, qPrintable(error));
        QCOMPARE(connectorsChanged.count(), 1);
        const QUrl url = engine.webhookUrl(*connector);
        QCOMPARE(url.port(), int(engine.port()));
        QCOMPARE(url.path(), QStringLiteral("/webhooks/stripe/") + connector->id);

        // Without a secret the receiver refuses (503), and says so.
        bool done = false;
        bool ok = true;
        int status = 0;
        engine.sendTestEvent(connector->id, QStringLiteral("invoice.payment_failed"),
                             [&](bool o, int s, const QString &) {
                                 done = true;
                                 ok = o;
                                 status = s;
                             });
        QTRY_VERIFY(done);
        QVERIFY(!ok);

        // An API key is refused with the reason; a signing secret is saved (once the store is
        // open: it opens asynchronously, and a busy machine makes that take a moment).
        QTRY_VERIFY_WITH_TIMEOUT(engine.isSecretStoreOpen(), 10000);
        done = false;
        QString message;
        engine.setSecret(connector->id, QStringLiteral("sk_test_51abcdefghijklmnopqrstuvwx"), 0,
                         [&](bool o, const QString &m) {
                             done = true;
                             ok = o;
                             message = m;
                         });
        QTRY_VERIFY(done);
        QVERIFY(!ok);
        QVERIFY(message.contains(QLatin1String("API key")));
        done = false;
        engine.setSecret(connector->id,
                         QStringLiteral(" whsec_engineTest0123456789abcdefABCDEF \n"), 0,
                         [&](bool o, const QString &m) {
                             done = true;
                             ok = o;
                             message = m;
                         });
        QTRY_VERIFY(done);
        QVERIFY2(ok, qPrintable(message));

        QSignalSpy received(&engine, &Engine::deliveriesReceived);
        done = false;
        engine.sendTestEvent(connector->id, QStringLiteral("payment_intent.payment_failed"),
                             [&](bool o, int s, const QString &m) {
                                 done = true;
                                 ok = o;
                                 status = s;
                                 message = m;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(status, 200);
        QTRY_VERIFY(!received.isEmpty());
        const auto batch =
            received.first().first().value<QList<Hookyard::Receiver::DeliveryNotice>>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().eventType, QStringLiteral("payment_intent.payment_failed"));
        QCOMPARE(batch.first().outcome, Hookyard::Core::DeliveryOutcome::Accepted);

        Hookyard::Storage::EventRepository events(engine.database());
        const auto stored = events.list({});
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().stripeId, batch.first().eventId);
    }

    void secondEngineIsReadOnly()
    {
        QTemporaryDir dir;
        useFileSecrets(dir.path());
        Engine first(options(dir.path()));
        QString error;
        QVERIFY(first.start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), Engine::State::Listening, 10000);

        Engine second(options(dir.path()));
        QVERIFY(second.start(&error));
        QCOMPARE(second.state(), Engine::State::ReadOnly);
        QVERIFY(second.lockHolder().contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(second.port(), quint16(0));
        QVERIFY(second.scheduler() == nullptr);

        // A connector added by the serving engine shows up in the read-only one.
        QSignalSpy changed(&second, &Engine::connectorsChanged);
        QVERIFY(first.addConnector(QStringLiteral("shared"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(second.connectors().size(), 1);
        // And its URL points at the port the first one listens on.
        QCOMPARE(second.webhookUrl(second.connectors().first()).port(), int(first.port()));

        // It writes nothing: every change is refused with the reason.
        Hookyard::Core::Connector shared = second.connectors().first();
        QVERIFY(!second.addConnector(QStringLiteral("other"), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        shared.enabled = false;
        error.clear();
        QVERIFY(!second.updateConnector(shared, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        error.clear();
        QVERIFY(!second.removeConnector(shared.id, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        bool saved = true;
        QString secretError;
        second.setSecret(shared.id, QStringLiteral("whsec_readOnly0123456789abcdefABCDEF"), 0,
                         [&](bool ok, const QString &message) {
                             saved = ok;
                             secretError = message;
                         });
        QTRY_VERIFY(!secretError.isEmpty());
        QVERIFY(!saved);
        QVERIFY2(secretError.contains(QStringLiteral("read-only")), qPrintable(secretError));
        const auto kept = first.connectors();
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first().enabled);
        QVERIFY(!kept.first().hasSecret);
    }

    void portTakenSaysWhatToDo()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        useFileSecrets(a.path());
        useFileSecrets(b.path());
        Engine first(options(a.path()));
        QString error;
        QVERIFY(first.start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), Engine::State::Listening, 10000);

        Engine::Options o = options(b.path());
        o.listenOverride = QStringLiteral("127.0.0.1:%1").arg(first.port());
        Engine second(o);
        QVERIFY(second.start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), Engine::State::Failed, 10000);
        QVERIFY2(second.stateText().contains(QString::number(first.port())),
                 qPrintable(second.stateText()));
    }
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"

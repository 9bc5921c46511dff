#include "receiver/httpanswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Hookyard::Receiver::HttpAnswer;

// The 200 answer is written without Qt's JSON writer for ordinary Stripe ids: it must be
// byte-for-byte what the writer produces, and any id that needs escaping must still be escaped.
class TestHttpAnswer : public QObject
{
    Q_OBJECT

private slots:
    void receivedMatchesTheJsonWriter_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("duplicate");
        const QList<QPair<const char *, QString>> ids = {
            { "stripe id", QStringLiteral("evt_1PXb6jL4kQ9rTz8WsD4hTc9P") },
            { "dashes", QStringLiteral("evt-test-0001") },
            { "quote", QStringLiteral("evt_\"x") },
            { "backslash", QStringLiteral("evt_\\x") },
            { "control", QStringLiteral("evt_\nx") },
            { "non-ascii", QStringLiteral("evt_\u00e9\u4e2d") },
            { "slash", QStringLiteral("evt_a/b") },
            { "empty", QString() },
            { "very long", QString(300, u'a') },
        };
        for (const auto &[name, id] : ids) {
            QTest::addRow("%s", name) << id << false;
            QTest::addRow("%s, duplicate", name) << id << true;
        }
    }

    void receivedMatchesTheJsonWriter()
    {
        QFETCH(QString, id);
        QFETCH(bool, duplicate);
        QJsonObject expected;
        expected.insert(QStringLiteral("received"), true);
        expected.insert(QStringLiteral("id"), id);
        if (duplicate)
            expected.insert(QStringLiteral("duplicate"), true);
        const HttpAnswer a = HttpAnswer::received(id, duplicate);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(a.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(parsed.value(QStringLiteral("duplicate")).toBool(), duplicate);
    }
};

QTEST_GUILESS_MAIN(TestHttpAnswer)
#include "tst_httpanswer.moc"

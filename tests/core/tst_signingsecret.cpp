// validateSigningSecret: only a whsec_ signing secret is saved; everything else is named, with
// the place where the real secret is, and the refused value is never repeated.
#include "core/signingsecret.h"

#include <QTest>

using namespace Hookyard::Core;

class TestSigningSecret : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

namespace {
const QString kDashboard = u"whsec_5f8e3c2a9b7d4e6f1a0c8b2d3e4f5a6b"_qs;
const QString kListen = u"whsec_0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff"_qs;
} // namespace

void TestSigningSecret::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::newRow("dashboard") << kDashboard << kDashboard;
    QTest::newRow("stripe listen") << kListen << kListen;
    QTest::newRow("trailing newline") << kDashboard + u"\n" << kDashboard;
    QTest::newRow("surrounding spaces and tabs")
        << u"  \t"_qs + kDashboard + u"\r\n "_qs << kDashboard;
    QTest::newRow("base64 characters")
        << u"whsec_AbC+/=_-0123456789xyzXYZ"_qs << u"whsec_AbC+/=_-0123456789xyzXYZ"_qs;
}

void TestSigningSecret::accepted()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const SecretValidation v = validateSigningSecret(input);
    QVERIFY2(v.ok, qPrintable(v.error));
    QCOMPARE(v.secret, secret);
    QVERIFY(v.error.isEmpty());
}

void TestSigningSecret::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("errorParts");
    const QString roll = u"roll it"_qs;
    QTest::newRow("empty") << QString() << QStringList { u"Nothing was pasted"_qs };
    QTest::newRow("blank") << u" \n\t "_qs << QStringList { u"Nothing was pasted"_qs };
    QTest::newRow("live secret key")
        << u"sk_live_51Habcdefghijklmnopqrstuv"_qs
        << QStringList { u"live secret API key"_qs, roll, u"never paste"_qs };
    QTest::newRow("test secret key") << u"sk_test_51Habcdefghijklmnopqrstuv"_qs
                                     << QStringList { u"test secret API key"_qs, roll };
    QTest::newRow("publishable key")
        << u"pk_live_51Habcdefghijklmnopqrst"_qs << QStringList { u"publishable API key"_qs };
    QTest::newRow("restricted key")
        << u"rk_live_51Habcdefghijklmnopqrst"_qs << QStringList { u"restricted API key"_qs, roll };
    QTest::newRow("endpoint id") << u"we_1Mr5jULkdIwHu7ixWcvzbkcD"_qs
                                 << QStringList { u"webhook endpoint id"_qs };
    QTest::newRow("event id") << u"evt_1NG8Du2eZvKYlo2CUI79vXWy"_qs
                              << QStringList { u"event id"_qs };
    QTest::newRow("account id") << u"acct_1032D82eZvKYlo2C"_qs << QStringList { u"account id"_qs };
    QTest::newRow("random text") << u"hello world"_qs
                                 << QStringList { u"does not start with whsec_"_qs };
    QTest::newRow("upper case prefix")
        << u"WHSEC_5f8e3c2a9b7d4e6f1a0c8b2d3e4f5a6b"_qs << QStringList { u"lower case"_qs };
    QTest::newRow("inner space") << u"whsec_5f8e3c2a9b7d 4e6f1a0c8b2d3e4f5a6b"_qs
                                 << QStringList { u"space or line break inside"_qs };
    QTest::newRow("inner newline") << u"whsec_5f8e3c2a9b7d\n4e6f1a0c8b2d3e4f5a6b"_qs
                                   << QStringList { u"space or line break inside"_qs };
    QTest::newRow("quoted") << u"whsec_\"5f8e3c2a9b7d4e6f1a0c8b2d3e4f5a6b\""_qs
                            << QStringList { u"without quotes"_qs };
    QTest::newRow("in double quotes") << u"\"whsec_5f8e3c2a9b7d4e6f1a0c8b2d3e4f5a6b\""_qs
                                      << QStringList { u"in quotes: give it without them"_qs };
    QTest::newRow("in typographic quotes")
        << u"\u201cwhsec_5f8e3c2a9b7d4e6f1a0c8b2d3e4f5a6b\u201d"_qs
        << QStringList { u"in quotes"_qs };
    QTest::newRow("non-ascii") << u"whsec_5f8e3c2a9b7d4e6f1a0c8b2d3e4f5a6\u00e9"_qs
                               << QStringList { u"characters"_qs };
    QTest::newRow("prefix only") << u"whsec_"_qs << QStringList { u"too short"_qs };
    QTest::newRow("cut off") << u"whsec_5f8e3c2a"_qs << QStringList { u"too short (8"_qs };
    QTest::newRow("too long") << u"whsec_"_qs + QString(300, u'a')
                              << QStringList { u"too long (300"_qs };
}

void TestSigningSecret::refused()
{
    QFETCH(QString, input);
    QFETCH(QStringList, errorParts);
    const SecretValidation v = validateSigningSecret(input);
    QVERIFY(!v.ok);
    QVERIFY(v.secret.isEmpty());
    for (const QString &part : errorParts)
        QVERIFY2(v.error.contains(part), qPrintable(v.error));
    // Every refusal says where the signing secret really is.
    QVERIFY2(v.error.contains(u"Developers > Webhooks"), qPrintable(v.error));
    QVERIFY2(v.error.contains(u"stripe listen"), qPrintable(v.error));
    // ... and never repeats what was pasted (it may be a live API key).
    const QString trimmed = input.trimmed();
    if (trimmed.size() >= 8) {
        QVERIFY2(!v.error.contains(trimmed.mid(3, 8)), qPrintable(v.error));
    }
}

QTEST_GUILESS_MAIN(TestSigningSecret)
#include "tst_signingsecret.moc"

// Connector ids make webhook URLs unguessable: 128 bits from RAND_bytes, as lowercase hex.
#include "core/randomid.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Hookyard::Core;

class TestRandomId : public QObject
{
    Q_OBJECT

private slots:
    void connectorId();
    void idsDiffer();
    void randomHexLength_data();
    void randomHexLength();
};

void TestRandomId::connectorId()
{
    const QString id = randomConnectorId();
    QCOMPARE(id.size(), 32);
    static const QRegularExpression hex(u"^[0-9a-f]{32}$"_qs);
    QVERIFY2(hex.match(id).hasMatch(), qPrintable(id));
}

void TestRandomId::idsDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(randomConnectorId());
    QCOMPARE(seen.size(), 1000);
    QVERIFY(randomConnectorId() != randomConnectorId());
}

void TestRandomId::randomHexLength_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("chars");
    QTest::newRow("1") << 1 << 2;
    QTest::newRow("16") << 16 << 32;
    QTest::newRow("32") << 32 << 64;
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("negative") << -4 << 0;
}

void TestRandomId::randomHexLength()
{
    QFETCH(int, bytes);
    QFETCH(int, chars);
    const QString hex = randomHex(bytes);
    QCOMPARE(hex.size(), chars);
    for (QChar c : hex)
        QVERIFY((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
}

QTEST_GUILESS_MAIN(TestRandomId)
#include "tst_randomid.moc"

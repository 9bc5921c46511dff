// ConnectorLinks: the `connectors:` list that links or unlinks an agent and a connector.
#include "agents/connectorlinks.h"

#include <QTest>

using namespace Hookyard;
using namespace Hookyard::Agents;
using namespace Qt::StringLiterals;

class TestConnectorLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkOf();
    void changed_data();
    void changed();
    void unlinkingTheLastOneIsRefused();
    void onlyThese_data();
    void onlyThese();
};

static QList<Core::Connector> connectors()
{
    Core::Connector billing;
    billing.id = u"0123456789abcdef0123456789abcdef"_s;
    billing.name = u"billing"_s;
    Core::Connector shop;
    shop.id = u"fedcba9876543210fedcba9876543210"_s;
    shop.name = u"shop"_s;
    Core::Connector crm;
    crm.id = u"00000000000000000000000000000001"_s;
    crm.name = u"crm"_s;
    return { billing, shop, crm };
}

static AgentSpec agent(const QStringList &list)
{
    AgentSpec spec;
    spec.name = u"dunning"_s;
    spec.connectors = list;
    return spec;
}

void TestConnectorLinks::linkOf()
{
    const auto all = connectors();
    QCOMPARE(ConnectorLinks::linkOf(agent({}), all[0]), ConnectorLinks::Link::AllConnectors);
    QCOMPARE(ConnectorLinks::linkOf(agent({ u"billing"_s }), all[0]), ConnectorLinks::Link::Listed);
    QCOMPARE(ConnectorLinks::linkOf(agent({ all[0].id }), all[0]), ConnectorLinks::Link::Listed);
    QCOMPARE(ConnectorLinks::linkOf(agent({ u"shop"_s }), all[0]), ConnectorLinks::Link::NotLinked);
}

void TestConnectorLinks::changed_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<bool>("link");
    QTest::addColumn<QStringList>("after");

    const QString billingId = connectors()[0].id;
    QTest::newRow("link, appended")
        << QStringList { u"shop"_s } << true << QStringList { u"shop"_s, u"billing"_s };
    QTest::newRow("link, already listed")
        << QStringList { u"billing"_s } << true << QStringList { u"billing"_s };
    QTest::newRow("link, all connectors already") << QStringList() << true << QStringList();
    QTest::newRow("unlink, others stay") << QStringList { u"shop"_s, u"billing"_s, u"gone"_s }
                                         << false << QStringList { u"shop"_s, u"gone"_s };
    QTest::newRow("unlink, by id and name")
        << QStringList { billingId, u"crm"_s, u"billing"_s } << false << QStringList { u"crm"_s };
    QTest::newRow("unlink from all: the others by name")
        << QStringList() << false << QStringList { u"shop"_s, u"crm"_s };
    QTest::newRow("unlink, not linked")
        << QStringList { u"shop"_s } << false << QStringList { u"shop"_s };
}

void TestConnectorLinks::changed()
{
    QFETCH(QStringList, before);
    QFETCH(bool, link);
    QFETCH(QStringList, after);
    const auto all = connectors();
    QString error;
    const auto list = ConnectorLinks::changed(agent(before), all[0], link, all, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(*list, after);
}

void TestConnectorLinks::unlinkingTheLastOneIsRefused()
{
    const auto all = connectors();
    QString error;
    QVERIFY(!ConnectorLinks::changed(agent({ u"billing"_s }), all[0], false, all, &error));
    QVERIFY2(error.contains(u"every connector"_s), qPrintable(error));
    // Alone: an agent for all connectors has no other to be listed for.
    error.clear();
    QVERIFY(!ConnectorLinks::changed(agent({}), all[0], false, { all[0] }, &error));
    QVERIFY(error.contains(u"dunning"_s));
}

void TestConnectorLinks::onlyThese_data()
{
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QStringList>("wanted");
    QTest::addColumn<QStringList>("expected");
    const QString shopId = connectors()[1].id;
    QTest::newRow("from all") << QStringList() << QStringList { u"shop"_s, u"billing"_s }
                              << QStringList { u"shop"_s, u"billing"_s };
    QTest::newRow("order and ids kept")
        << QStringList { u"crm"_s, shopId } << QStringList { u"billing"_s, u"shop"_s, u"crm"_s }
        << QStringList { u"crm"_s, shopId, u"billing"_s };
    QTest::newRow("unknown kept when wanted")
        << QStringList { u"gone"_s, u"crm"_s } << QStringList { u"gone"_s }
        << QStringList { u"gone"_s };
    QTest::newRow("nothing wanted") << QStringList { u"crm"_s } << QStringList() << QStringList();
}

void TestConnectorLinks::onlyThese()
{
    QFETCH(QStringList, current);
    QFETCH(QStringList, wanted);
    QFETCH(QStringList, expected);
    QCOMPARE(ConnectorLinks::onlyThese(current, wanted, connectors()), expected);
}

QTEST_GUILESS_MAIN(TestConnectorLinks)
#include "tst_connectorlinks.moc"

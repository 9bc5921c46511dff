// AgentCatalog and CatalogSnapshot: loading a folder of agent files, isolation of broken files,
// reload on change, and the thread-safe matcher the receiver calls.
#include "agents/agentcatalog.h"
#include "core/connector.h"
#include "core/stripeevent.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Hookyard;
using namespace Hookyard::Agents;
using namespace Qt::StringLiterals;

class TestAgentCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsEveryFileAndIsolatesBrokenOnes();
    void duplicateNameIsAnErrorOfTheLaterFile();
    void reloadsWhenAFileChanges();
    void matcherGlobsAndConnectors();
    void explainSaysWhyNot();
    void matcherIsThreadSafeAndOutlivesTheCatalog();

private:
    void write(const QString &file, const QByteArray &yaml);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAgentCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAgentCatalog::write(const QString &file, const QByteArray &yaml)
{
    QFile f(m_dir->filePath(file));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(yaml);
}

static Core::Connector connector(const QString &name)
{
    Core::Connector c;
    c.id = u"0123456789abcdef0123456789abcdef"_s;
    c.name = name;
    return c;
}

static Core::StripeEventInfo stripeEvent(const QString &type)
{
    Core::StripeEventInfo e;
    e.id = u"evt_1"_s;
    e.type = type;
    return e;
}

static QStringList names(const QList<Core::PlannedRun> &runs)
{
    QStringList list;
    for (const auto &r : runs)
        list.append(r.agent);
    return list;
}

void TestAgentCatalog::loadsEveryFileAndIsolatesBrokenOnes()
{
    write(u"a.yaml"_s, "name: alpha\nevents: ['*']\ncommand: [true]\n");
    write(u"b.yaml"_s, "name: beta\nevents: [a, b\n");
    write(u"c.yml"_s, "name: gamma\nevents: [invoice.*]\n");
    write(u"notes.txt"_s, "not an agent");
    AgentCatalog catalog(m_dir->path());
    catalog.setWatching(false);
    QSignalSpy changed(&catalog, &AgentCatalog::changed);
    catalog.load();
    QCOMPARE(changed.size(), 1);
    const QList<AgentEntry> entries = catalog.entries();
    QCOMPARE(entries.size(), 3);
    QVERIFY(entries.at(0).isOk());
    QCOMPARE(entries.at(1).state, AgentEntry::State::Error);
    QVERIFY(entries.at(1).error.startsWith(u"line 3, column 1: not valid YAML"_s));
    QCOMPARE(entries.at(1).diagnostics.first().file, m_dir->filePath(u"b.yaml"_s));
    QVERIFY(entries.at(2).isOk());
    QCOMPARE(entries.at(2).spec.name, u"gamma"_s);
    QCOMPARE(names(catalog.matcher()(connector(u"billing"_s), stripeEvent(u"invoice.paid"_s))),
             (QStringList { u"alpha"_s, u"gamma"_s }));
}

void TestAgentCatalog::duplicateNameIsAnErrorOfTheLaterFile()
{
    write(u"a.yaml"_s, "name: same\nevents: ['*']\n");
    write(u"b.yaml"_s, "name: same\nevents: ['*']\n");
    AgentCatalog catalog(m_dir->path());
    catalog.setWatching(false);
    catalog.load();
    const auto entries = catalog.entries();
    QVERIFY(entries.at(0).isOk());
    QVERIFY(!entries.at(1).isOk());
    QVERIFY2(entries.at(1).error.contains(u"already used by a.yaml"_s),
             qPrintable(entries.at(1).error));
    QCOMPARE(names(catalog.matcher()(connector(u"x"_s), stripeEvent(u"a.b"_s))),
             QStringList { u"same"_s });
}

void TestAgentCatalog::reloadsWhenAFileChanges()
{
    AgentCatalog catalog(m_dir->path());
    catalog.setReloadDelay(20);
    catalog.load();
    QVERIFY(catalog.entries().isEmpty());
    const auto matcher = catalog.matcher();

    write(u"a.yaml"_s, "name: alpha\nevents: [invoice.*]\n");
    QTRY_COMPARE(catalog.entries().size(), 1);
    QCOMPARE(names(matcher(connector(u"c"_s), stripeEvent(u"invoice.paid"_s))),
             QStringList { u"alpha"_s });

    // An edit in place.
    write(u"a.yaml"_s, "name: alpha\nevents: [charge.*]\n");
    QTRY_VERIFY(matcher(connector(u"c"_s), stripeEvent(u"invoice.paid"_s)).isEmpty());
    QCOMPARE(names(matcher(connector(u"c"_s), stripeEvent(u"charge.failed"_s))),
             QStringList { u"alpha"_s });

    // Replaced by rename, as editors save.
    write(u"a.yaml.tmp"_s, "name: alpha\nevents: [charge.*]\nenabled: false\n");
    QVERIFY(QDir(m_dir->path()).remove(u"a.yaml"_s));
    QVERIFY(QDir(m_dir->path()).rename(u"a.yaml.tmp"_s, u"a.yaml"_s));
    QTRY_VERIFY(catalog.entries().size() == 1 && !catalog.entries().first().spec.enabled);

    // Broken, then fixed: the state follows.
    write(u"a.yaml"_s, "name: alpha\nconcurrency: zero\n");
    QTRY_VERIFY(!catalog.entries().first().isOk());
    write(u"a.yaml"_s, "name: alpha\nevents: ['*']\n");
    QTRY_VERIFY(catalog.entries().first().isOk());

    QVERIFY(QFile::remove(m_dir->filePath(u"a.yaml"_s)));
    QTRY_VERIFY(catalog.entries().isEmpty());
}

void TestAgentCatalog::matcherGlobsAndConnectors()
{
    write(u"dunning.yaml"_s,
          "name: dunning\nevents: [payment_intent.payment_failed, invoice.payment_failed]\n"
          "connectors: [billing]\n");
    write(u"all.yaml"_s, "name: all\nevents: ['*']\n");
    write(u"subs.yaml"_s, "name: subs\nevents: ['customer.subscription.*']\n");
    write(u"off.yaml"_s, "name: off\nevents: ['*']\nenabled: false\n");
    write(u"manual.yaml"_s, "name: manual\nmodel: m\nsystem: s\n");
    AgentCatalog catalog(m_dir->path());
    catalog.setWatching(false);
    catalog.load();
    const auto m = catalog.matcher();
    QCOMPARE(names(m(connector(u"billing"_s), stripeEvent(u"invoice.payment_failed"_s))),
             (QStringList { u"all"_s, u"dunning"_s }));
    QCOMPARE(names(m(connector(u"shop"_s), stripeEvent(u"invoice.payment_failed"_s))),
             QStringList { u"all"_s });
    QCOMPARE(names(m(connector(u"shop"_s), stripeEvent(u"customer.subscription.updated"_s))),
             (QStringList { u"all"_s, u"subs"_s }));
    QCOMPARE(names(m(connector(u"shop"_s), stripeEvent(u"customer.created"_s))),
             QStringList { u"all"_s });
}

void TestAgentCatalog::explainSaysWhyNot()
{
    write(u"a.yaml"_s, "name: dunning\nevents: [invoice.payment_failed]\nconnectors: [billing]\n");
    write(u"b.yaml"_s, "name: fraud\nevents: [charge.dispute.created]\n");
    write(u"c.yaml"_s, "name: off\nevents: ['*']\nenabled: false\n");
    write(u"d.yaml"_s, "name: broken\nretries: -1\n");
    write(u"e.yaml"_s, "name: any\nevents: ['invoice.*']\n");
    AgentCatalog catalog(m_dir->path());
    catalog.setWatching(false);
    catalog.load();
    const auto list = catalog.explain(u"shop"_s, u"id"_s, u"invoice.payment_failed"_s);
    QCOMPARE(list.size(), 5);
    using V = MatchExplanation::Verdict;
    QCOMPARE(list.at(0).verdict, V::ConnectorNotListed);
    QVERIFY(list.at(0).reason.contains(u"billing"_s));
    QCOMPARE(list.at(1).verdict, V::EventNotMatched);
    QCOMPARE(list.at(2).verdict, V::Disabled);
    QCOMPARE(list.at(3).verdict, V::FileHasErrors);
    QVERIFY(list.at(3).reason.contains(u"line 2"_s));
    QCOMPARE(list.at(4).verdict, V::Starts);
    QCOMPARE(MatchExplanation::verdictCode(V::ConnectorNotListed), u"connector_not_listed"_s);
}

void TestAgentCatalog::matcherIsThreadSafeAndOutlivesTheCatalog()
{
    write(u"a.yaml"_s, "name: alpha\nevents: ['*']\n");
    auto catalog = std::make_unique<AgentCatalog>(m_dir->path());
    catalog->setWatching(false);
    catalog->load();
    const Core::AgentMatcher matcher = catalog->matcher();

    std::atomic<bool> stop { false };
    std::atomic<int> calls { 0 };
    std::atomic<int> wrong { 0 };
    std::unique_ptr<QThread> reader(QThread::create([&] {
        const auto c = connector(u"billing"_s);
        const auto e = stripeEvent(u"invoice.paid"_s);
        while (!stop.load()) {
            const auto runs = matcher(c, e);
            // Either snapshot is fine; a torn one (empty name, garbage) is not.
            if (runs.size() != 1
                || (runs.first().agent != u"alpha" && runs.first().agent != u"beta"))
                ++wrong;
            ++calls;
        }
    }));
    reader->start();
    for (int i = 0; i < 50; ++i) {
        write(u"a.yaml"_s, i % 2 ? "name: alpha\nevents: ['*']\n" : "name: beta\nevents: ['*']\n");
        catalog->load();
    }
    stop = true;
    reader->wait();
    QCOMPARE(wrong.load(), 0);
    QVERIFY(calls.load() > 0);

    catalog.reset();
    QCOMPARE(matcher(connector(u"x"_s), stripeEvent(u"y"_s)).size(), 1); // the last snapshot
}

QTEST_GUILESS_MAIN(TestAgentCatalog)
#include "tst_agentcatalog.moc"

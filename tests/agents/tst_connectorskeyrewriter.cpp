// ConnectorsKeyRewriter: only the `connectors:` key changes; every other byte stays.
#include "agents/agentspecreader.h"
#include "agents/connectorskeyrewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookyard::Agents;
using namespace Qt::StringLiterals;

class TestConnectorsKeyRewriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewrites_data();
    void rewrites();
    void refuses_data();
    void refuses();
    void keyLineQuotesEveryName();
    void sameListChangesNothing();
    void writesTheFileAtomically();
    void decideSeesTheFileAsItIsNow();
    void refusedChangeLeavesTheFile();
};

static const QString Path = QStringLiteral("/agents/test.yaml");

void TestConnectorsKeyRewriter::rewrites_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("connectors");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray head = "# Dunning: drafts a recovery message.\n"
                            "name: dunning   # the file name too\n"
                            "model: gemini-2.5-flash\n";
    QTest::newRow("flow list") << head
            + "events: [\"invoice.*\"]\n"
              "connectors: [billing]\n"
              "timeout: 2m\n" << QStringList { u"billing"_s, u"shop"_s }
                               << head
            + "events: [\"invoice.*\"]\n"
              "connectors: [\"billing\", \"shop\"]\n"
              "timeout: 2m\n";
    QTest::newRow("flow list, its comment kept")
        << head + "connectors: [\"a #1\", b]   # who gets it\ntimeout: 2m\n"
        << QStringList { u"c"_s } << head + "connectors: [\"c\"]   # who gets it\ntimeout: 2m\n";
    QTest::newRow("indented block list")
        << head + "connectors:\n  - a\n  - b\ntimeout: 2m\n"
        << QStringList { u"b"_s } << head + "connectors: [\"b\"]\ntimeout: 2m\n";
    QTest::newRow("block list at the key's column")
        << head + "connectors:\n- a\nevents: [x]\n"
        << QStringList { u"a"_s, u"z"_s } << head + "connectors: [\"a\", \"z\"]\nevents: [x]\n";
    QTest::newRow("block list, key comment and comments after kept")
        << head + "connectors:  # billing only\n  - a\n  # - b, some day\n\n# timing\ntimeout: 2m\n"
        << QStringList { u"b"_s }
        << head
            + "connectors: [\"b\"]  # billing only\n  # - b, some day\n\n# timing\ntimeout: 2m\n";
    QTest::newRow("block list last in the file")
        << head + "connectors:\n  - a\n  - b\n# end\n"
        << QStringList { u"c"_s } << head + "connectors: [\"c\"]\n# end\n";
    QTest::newRow("one string") << head + "connectors: billing\n"
                                << QStringList { u"shop"_s } << head + "connectors: [\"shop\"]\n";
    QTest::newRow("empty value") << head + "connectors:\nevents: [x]\n"
                                 << QStringList { u"a"_s }
                                 << head + "connectors: [\"a\"]\nevents: [x]\n";
    QTest::newRow("absent, after events")
        << head + "events: [x]\n# later\ntimeout: 2m\n"
        << QStringList { u"billing"_s }
        << head + "events: [x]\nconnectors: [\"billing\"]\n# later\ntimeout: 2m\n";
    QTest::newRow("absent, after block events")
        << head + "events:\n  - a\n  - b\n\ntimeout: 2m\n"
        << QStringList { u"billing"_s }
        << head + "events:\n  - a\n  - b\nconnectors: [\"billing\"]\n\ntimeout: 2m\n";
    QTest::newRow("absent, no events: at the end")
        << head + "timeout: 2m\n"
        << QStringList { u"billing"_s } << head + "timeout: 2m\nconnectors: [\"billing\"]\n";
    QTest::newRow("absent, no final line end")
        << head + "timeout: 2m" << QStringList { u"billing"_s }
        << head + "timeout: 2m\nconnectors: [\"billing\"]";
    QTest::newRow("names that need quotes")
        << head + "connectors: [a]\n"
        << QStringList { u"yes"_s,         u"#x"_s,  u"a: b"_s, u"say \"hi\""_s,
                         u"back\\slash"_s, u"ü-ß"_s, u"[x]"_s,  u"- x"_s }
        << head
            + "connectors: [\"yes\", \"#x\", \"a: b\", \"say \\\"hi\\\"\", \"back\\\\slash\", "
              "\"ü-ß\", \"[x]\", \"- x\"]\n";
    QTest::newRow("duplicates once")
        << head + "connectors: [a]\n"
        << QStringList { u"b"_s, u"b"_s } << head + "connectors: [\"b\"]\n";
    QTest::newRow("removed: flow list")
        << head + "events: [x]\nconnectors: [a, b]  # only these\ntimeout: 2m\n"
        << QStringList() << head + "events: [x]\ntimeout: 2m\n";
    QTest::newRow("removed: block list, comment after kept")
        << head + "connectors:\n  - a\n# about timeout\ntimeout: 2m\n"
        << QStringList() << head + "# about timeout\ntimeout: 2m\n";
    QTest::newRow("removed: last key") << head + "connectors:\n- a\n" << QStringList() << head;
    QTest::newRow("CRLF line ends")
        << QByteArray("name: a\r\nconnectors: [x]\r\nevents: [y]\r\n") << QStringList { u"z"_s }
        << QByteArray("name: a\r\nconnectors: [\"z\"]\r\nevents: [y]\r\n");
    QTest::newRow("CRLF, absent") << QByteArray("name: a\r\nevents: [y]\r\n")
                                  << QStringList { u"z"_s }
                                  << QByteArray(
                                         "name: a\r\nevents: [y]\r\nconnectors: [\"z\"]\r\n");
    QTest::newRow("block scalar before kept")
        << QByteArray("name: a\nsystem: |\n  connectors: [not, a, key]\n  # not a comment\n"
                      "connectors: [x]\n")
        << QStringList { u"y"_s }
        << QByteArray("name: a\nsystem: |\n  connectors: [not, a, key]\n  # not a comment\n"
                      "connectors: [\"y\"]\n");
}

void TestConnectorsKeyRewriter::rewrites()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, connectors);
    QFETCH(QByteArray, expected);
    const AgentSpecReader::Result before = AgentSpecReader::parse(input, Path);
    QVERIFY2(before.ok(), qPrintable(before.firstError()));

    const ConnectorsKeyRewriter::Result result =
        ConnectorsKeyRewriter::rewrite(input, connectors, Path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.changed);
    QCOMPARE(result.text, expected);

    // Independently of the rewriter's own check: the rest reads the same.
    const AgentSpecReader::Result after = AgentSpecReader::parse(result.text, Path);
    QVERIFY2(after.ok(), qPrintable(after.firstError()));
    QStringList unique;
    for (const QString &c : std::as_const(connectors)) {
        if (!unique.contains(c))
            unique.append(c);
    }
    QCOMPARE(after.spec.connectors, unique);
    AgentSpec expectedSpec = before.spec;
    expectedSpec.connectors = unique;
    QVERIFY(after.spec == expectedSpec);
}

void TestConnectorsKeyRewriter::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("connectors");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("file with errors") << QByteArray("name: a\ntimeout: soon\nconnectors: [x]\n")
                                      << QStringList { u"y"_s } << QStringLiteral("line 2");
    QTest::newRow("not YAML") << QByteArray("name: a\nconnectors: [x\n") << QStringList { u"y"_s }
                              << QStringLiteral("errors");
    QTest::newRow("duplicate key") << QByteArray("name: a\nconnectors: [x]\nconnectors: [z]\n")
                                   << QStringList { u"y"_s } << QStringLiteral("twice");
    QTest::newRow("one flow map") << QByteArray("{name: a, connectors: [x]}\n")
                                  << QStringList { u"y"_s } << QStringLiteral("by hand");
    // The anchor goes with the old value: the check after the change catches the broken alias.
    QTest::newRow("anchor used elsewhere")
        << QByteArray("name: a\nconnectors: &c [\"x\"]\nevents: *c\n") << QStringList { u"y"_s }
        << QStringLiteral("by hand");
    QTest::newRow("empty name") << QByteArray("name: a\n") << QStringList { u""_s }
                                << QStringLiteral("empty");
}

void TestConnectorsKeyRewriter::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, connectors);
    QFETCH(QString, errorContains);
    const ConnectorsKeyRewriter::Result result =
        ConnectorsKeyRewriter::rewrite(input, connectors, Path);
    QVERIFY(!result.ok);
    QVERIFY(result.text.isEmpty());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestConnectorsKeyRewriter::keyLineQuotesEveryName()
{
    QCOMPARE(ConnectorsKeyRewriter::keyLine({ QStringLiteral("billing") }),
             QByteArray("connectors: [\"billing\"]"));
    QCOMPARE(ConnectorsKeyRewriter::keyLine({ QStringLiteral("a"), QStringLiteral("tab\there") }),
             QByteArray("connectors: [\"a\", \"tab\\there\"]"));
}

void TestConnectorsKeyRewriter::sameListChangesNothing()
{
    const QByteArray input = "name: a\nconnectors:   [ x ,y ]\n";
    const auto result =
        ConnectorsKeyRewriter::rewrite(input, { QStringLiteral("x"), QStringLiteral("y") }, Path);
    QVERIFY(result.ok);
    QVERIFY(!result.changed);
    QCOMPARE(result.text, input);
    // No key and no list: every connector already.
    const auto none = ConnectorsKeyRewriter::rewrite("name: a\n", {}, Path);
    QVERIFY(none.ok);
    QVERIFY(!none.changed);
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestConnectorsKeyRewriter::writesTheFileAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    writeAll(path, "name: a # mine\nevents: [x]\n");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    const auto result = ConnectorsKeyRewriter::rewriteFile(path, { QStringLiteral("billing") });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.changed);
    QCOMPARE(readAll(path), QByteArray("name: a # mine\nevents: [x]\nconnectors: [\"billing\"]\n"));
    // QSaveFile keeps the file's permissions, and leaves no temporary file behind.
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"a.yaml"_s });

    const auto removed = ConnectorsKeyRewriter::rewriteFile(path, QStringList());
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QCOMPARE(readAll(path), QByteArray("name: a # mine\nevents: [x]\n"));
}

void TestConnectorsKeyRewriter::decideSeesTheFileAsItIsNow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    writeAll(path, "name: a\nconnectors: [shop]\n");
    const auto result =
        ConnectorsKeyRewriter::rewriteFile(path, [](const AgentSpec &current, QString *) {
            return std::optional<QStringList>(current.connectors + QStringList { u"billing"_s });
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(readAll(path), QByteArray("name: a\nconnectors: [\"shop\", \"billing\"]\n"));

    const auto refused =
        ConnectorsKeyRewriter::rewriteFile(path, [](const AgentSpec &, QString *error) {
            *error = QStringLiteral("not today");
            return std::optional<QStringList>();
        });
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error, QStringLiteral("not today"));
}

void TestConnectorsKeyRewriter::refusedChangeLeavesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.yaml"));
    const QByteArray broken = "name: a\nconcurrency: many\nconnectors: [x]\n";
    writeAll(path, broken);
    const auto result = ConnectorsKeyRewriter::rewriteFile(path, { QStringLiteral("y") });
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("concurrency")), qPrintable(result.error));
    QCOMPARE(readAll(path), broken);

    const auto missing =
        ConnectorsKeyRewriter::rewriteFile(dir.filePath(QStringLiteral("none.yaml")), { u"y"_s });
    QVERIFY(!missing.ok);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.yaml"))));
}

QTEST_GUILESS_MAIN(TestConnectorsKeyRewriter)
#include "tst_connectorskeyrewriter.moc"

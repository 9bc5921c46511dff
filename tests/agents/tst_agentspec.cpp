// AgentSpecReader and CommandLine: the YAML contract of ARCHITECTURE.md section 6.
#include "agents/agentspecreader.h"
#include "agents/commandline.h"

#include <QTest>

using namespace Hookyard::Agents;
using namespace Qt::StringLiterals;

class TestAgentSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExampleLoadsAsItIs();
    void fullExample();
    void systemPromptSynonym();
    void stringCommandSplitsWithoutShell_data();
    void stringCommandSplitsWithoutShell();
    void shellSyntaxWarns();
    void errorsHaveLineAndColumn_data();
    void errorsHaveLineAndColumn();
    void unknownKeyWarns();
    void diagnosticFormat();
    void globs_data();
    void globs();
    void connectorsMatchByNameOrId();
    void joinQuotes();
};

static AgentSpecReader::Result parse(const char *yaml)
{
    return AgentSpecReader::parse(QByteArray(yaml), QStringLiteral("/agents/test.yaml"));
}

void TestAgentSpec::seedExampleLoadsAsItIs()
{
    // The Stripe example's keys, exactly as the seed has them.
    const auto r =
        parse("name: dunning-agent\n"
              "model: gemini-2.5-flash\n"
              "system: |\n"
              "  You are a dunning specialist AI. When a payment fails, analyze the customer's\n"
              "  history and generate a personalized recovery message.\n");
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QCOMPARE(r.spec.name, QStringLiteral("dunning-agent"));
    QCOMPARE(r.spec.model, QStringLiteral("gemini-2.5-flash"));
    QVERIFY(r.spec.system.startsWith(QStringLiteral("You are a dunning specialist AI.")));
    QVERIFY(r.spec.system.endsWith(QStringLiteral("recovery message.\n")));
    QVERIFY(r.spec.command.isEmpty());
    QVERIFY(r.spec.events.isEmpty()); // decision: no events = started only by hand
    QVERIFY(r.spec.connectors.isEmpty());
    QCOMPARE(r.spec.timeoutMs, AgentSpec::DefaultTimeoutMs);
    QCOMPARE(r.spec.concurrency, 1);
    QCOMPARE(r.spec.retries, 0);
    QVERIFY(r.spec.enabled);
    QCOMPARE(r.warnings().size(), 1); // says that without events it starts only by hand
    QVERIFY(r.warnings().first().message.contains(QStringLiteral("events")));
    QVERIFY(!r.spec.matchesEvent(QStringLiteral("invoice.payment_failed")));
}

void TestAgentSpec::fullExample()
{
    const auto r = parse("name: dunning-agent\n"
                         "model: gemini-2.5-flash\n"
                         "system: |\n"
                         "  You are a dunning specialist AI.\n"
                         "command: [\"python3\", \"dunning.py\"]\n"
                         "events: [\"payment_intent.payment_failed\", \"invoice.payment_failed\"]\n"
                         "connectors: [\"billing\"]\n"
                         "timeout: 90s\n"
                         "concurrency: 2\n"
                         "retries: 3\n"
                         "enabled: false\n"
                         "middleware: ./redact --keep amount\n"
                         "env: { LANG: C.UTF-8, EMPTY: }\n");
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QVERIFY(r.diagnostics.isEmpty());
    QCOMPARE(r.spec.command,
             (QStringList { QStringLiteral("python3"), QStringLiteral("dunning.py") }));
    QCOMPARE(r.spec.events.size(), 2);
    QCOMPARE(r.spec.connectors, QStringList { QStringLiteral("billing") });
    QCOMPARE(r.spec.timeoutMs, 90'000);
    QCOMPARE(r.spec.concurrency, 2);
    QCOMPARE(r.spec.retries, 3);
    QVERIFY(!r.spec.enabled);
    QCOMPARE(r.spec.middleware,
             (QStringList { QStringLiteral("./redact"), QStringLiteral("--keep"),
                            QStringLiteral("amount") }));
    QCOMPARE(r.spec.env.size(), 2);
    QCOMPARE(r.spec.env.at(0).first, QStringLiteral("LANG"));
    QCOMPARE(r.spec.env.at(0).second, QStringLiteral("C.UTF-8"));
    QCOMPARE(r.spec.env.at(1).second, QString());
    QCOMPARE(r.spec.directory(), QStringLiteral("/agents"));
}

void TestAgentSpec::systemPromptSynonym()
{
    const auto r = parse("name: a\nsystem_prompt: Be brief.\nevents: ['*']\n");
    QVERIFY(r.ok());
    QCOMPARE(r.spec.system, QStringLiteral("Be brief."));

    const auto both = parse("name: a\nsystem: One\nsystem_prompt: Two\nevents: ['*']\n");
    QVERIFY(both.ok());
    QCOMPARE(both.spec.system, QStringLiteral("One"));
    QCOMPARE(both.warnings().size(), 1);
    QCOMPARE(both.warnings().first().line, 3);
}

void TestAgentSpec::stringCommandSplitsWithoutShell_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("plain") << QStringLiteral("python3 dunning.py")
                           << QStringList { u"python3"_s, u"dunning.py"_s };
    QTest::newRow("extra spaces") << QStringLiteral("  a\t b  ") << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("single quotes are literal")
        << QStringLiteral("sh -c 'echo $HOME; exit 1'")
        << QStringList { u"sh"_s, u"-c"_s, u"echo $HOME; exit 1"_s };
    QTest::newRow("double quotes with escapes") << QStringLiteral(R"(echo "a \"b\" \$c \n")")
                                                << QStringList { u"echo"_s, uR"(a "b" $c \n)"_s };
    QTest::newRow("backslash escapes a space")
        << QStringLiteral(R"(my\ tool x)") << QStringList { u"my tool"_s, u"x"_s };
    QTest::newRow("quotes join a word")
        << QStringLiteral(R"(--name="a b"c)") << QStringList { u"--name=a bc"_s };
    QTest::newRow("empty quoted argument")
        << QStringLiteral("tool '' x") << QStringList { u"tool"_s, QString(), u"x"_s };
    QTest::newRow("no expansion") << QStringLiteral("echo $(rm -rf /) ~ *")
                                  << QStringList { u"echo"_s, u"$(rm"_s, u"-rf"_s,
                                                   u"/)"_s,   u"~"_s,    u"*"_s };
}

void TestAgentSpec::stringCommandSplitsWithoutShell()
{
    QFETCH(QString, command);
    QFETCH(QStringList, argv);
    const CommandLine::Split split = CommandLine::split(command);
    QVERIFY2(split.ok, qPrintable(split.error));
    QCOMPARE(split.arguments, argv);

    // The same through the YAML `command:` key (a YAML single-quoted scalar keeps it verbatim).
    QString escaped = command;
    escaped.replace(u'\'', QLatin1String("''"));
    const QByteArray yaml = "name: a\nevents: ['*']\ncommand: '" + escaped.toUtf8() + "'\n";
    const auto r = AgentSpecReader::parse(yaml, QStringLiteral("/agents/a.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QCOMPARE(r.spec.command, argv);
}

void TestAgentSpec::shellSyntaxWarns()
{
    const auto r = parse("name: a\nevents: ['*']\ncommand: python3 x.py | tee out\n");
    QVERIFY(r.ok());
    QCOMPARE(r.spec.command.size(), 5);
    QCOMPARE(r.warnings().size(), 1);
    QVERIFY(r.warnings().first().message.contains(QStringLiteral("without a shell")));

    const auto quoted = parse("name: a\nevents: ['*']\ncommand: grep '|' x\n");
    QVERIFY(quoted.warnings().isEmpty());
}

void TestAgentSpec::errorsHaveLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad yaml") << QByteArray("name: a\nevents: [a, b\n") << 3 << 1
                              << u"not valid YAML"_s;
    QTest::newRow("tab indentation")
        << QByteArray("name: a\nenv:\n\tX: 1\n") << 3 << 3 << u"not valid YAML"_s;
    QTest::newRow("not a map") << QByteArray("- a\n- b\n") << 1 << 1 << u"map of keys"_s;
    QTest::newRow("empty") << QByteArray("\n# nothing\n") << 1 << 1 << u"empty"_s;
    QTest::newRow("no name") << QByteArray("model: m\nevents: ['*']\n") << 1 << 1
                             << u"`name` is missing"_s;
    QTest::newRow("bad name") << QByteArray("name: ../evil\n") << 1 << 7 << u"letters, digits"_s;
    QTest::newRow("concurrency 0")
        << QByteArray("name: a\nconcurrency: 0\n") << 2 << 14 << u"from 1 to 64"_s;
    QTest::newRow("retries text") << QByteArray("name: a\nretries: many\n") << 2 << 10
                                  << u"from 0 to 10"_s;
    QTest::newRow("timeout") << QByteArray("name: a\ntimeout: soon\n") << 2 << 10 << u"duration"_s;
    QTest::newRow("timeout zero") << QByteArray("name: a\ntimeout: 0s\n") << 2 << 10
                                  << u"duration"_s;
    QTest::newRow("command quote") << QByteArray("name: a\ncommand: \"python3 'x.py\"\n") << 2 << 10
                                   << u"unterminated single quote"_s;
    QTest::newRow("command map") << QByteArray("name: a\ncommand: {a: b}\n") << 2 << 10
                                 << u"list of arguments"_s;
    QTest::newRow("command empty list")
        << QByteArray("name: a\ncommand: []\n") << 2 << 10 << u"program name"_s;
    QTest::newRow("events map") << QByteArray("name: a\nevents:\n  x: y\n") << 3 << 3
                                << u"list of strings"_s;
    QTest::newRow("env list") << QByteArray("name: a\nenv: [A]\n") << 2 << 6 << u"NAME: value"_s;
    QTest::newRow("env bad name") << QByteArray("name: a\nenv:\n  1X: y\n") << 3 << 3
                                  << u"not starting with a digit"_s;
    QTest::newRow("enabled") << QByteArray("name: a\nenabled: perhaps\n") << 2 << 10
                             << u"true or false"_s;
    QTest::newRow("duplicate key")
        << QByteArray("name: a\nname: b\n") << 2 << 1 << u"appears twice"_s;
}

void TestAgentSpec::errorsHaveLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto r = AgentSpecReader::parse(yaml, QStringLiteral("/agents/x.yaml"));
    QVERIFY(!r.ok());
    const AgentDiagnostic e = r.errors().first();
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QCOMPARE(e.file, QStringLiteral("/agents/x.yaml"));
    QVERIFY(
        r.firstError().startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
}

void TestAgentSpec::unknownKeyWarns()
{
    const auto r = parse("name: a\nevents: ['*']\ncolour: red\n");
    QVERIFY(r.ok());
    QCOMPARE(r.warnings().size(), 1);
    QCOMPARE(r.warnings().first().line, 3);
    QCOMPARE(r.warnings().first().column, 1);
    QVERIFY(r.warnings().first().message.contains(QStringLiteral("colour")));
}

void TestAgentSpec::diagnosticFormat()
{
    const AgentDiagnostic d { AgentDiagnostic::Severity::Error, u"/a/b.yaml"_s, 3, 7, u"bad"_s };
    QCOMPARE(d.toString(), QStringLiteral("/a/b.yaml:3:7: error: bad"));
    const AgentDiagnostic w { AgentDiagnostic::Severity::Warning, u"/a/b.yaml"_s, 0, 0, u"hm"_s };
    QCOMPARE(w.toString(), QStringLiteral("/a/b.yaml: warning: hm"));
}

void TestAgentSpec::globs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << u"*"_s << u"invoice.paid"_s << true;
    QTest::newRow("prefix") << u"invoice.*"_s << u"invoice.payment_failed"_s << true;
    QTest::newRow("prefix deep") << u"customer.*"_s << u"customer.subscription.updated"_s << true;
    QTest::newRow("prefix other") << u"invoice.*"_s << u"invoiceitem.created"_s << false;
    QTest::newRow("middle") << u"customer.*.updated"_s << u"customer.subscription.updated"_s
                            << true;
    QTest::newRow("middle no") << u"customer.*.updated"_s << u"customer.subscription.created"_s
                               << false;
    QTest::newRow("exact") << u"charge.dispute.created"_s << u"charge.dispute.created"_s << true;
    QTest::newRow("exact longer") << u"charge.dispute"_s << u"charge.dispute.created"_s << false;
    QTest::newRow("question") << u"charge.?efunded"_s << u"charge.refunded"_s << true;
    QTest::newRow("suffix") << u"*.payment_failed"_s << u"payment_intent.payment_failed"_s << true;
    QTest::newRow("case") << u"Invoice.*"_s << u"invoice.paid"_s << false;
    QTest::newRow("backtrack") << u"*a*b"_s << u"xaxxaxb"_s << true;
}

void TestAgentSpec::globs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, type);
    QFETCH(bool, matches);
    QCOMPARE(globMatches(pattern, type), matches);
}

void TestAgentSpec::connectorsMatchByNameOrId()
{
    AgentSpec s;
    QVERIFY(s.matchesConnector(u"billing"_s, u"abc"_s)); // none listed = every connector
    s.connectors = { u"billing"_s };
    QVERIFY(s.matchesConnector(u"billing"_s, u"abc"_s));
    QVERIFY(!s.matchesConnector(u"shop"_s, u"abc"_s));
    s.connectors = { u"abc"_s };
    QVERIFY(s.matchesConnector(u"shop"_s, u"abc"_s));
}

void TestAgentSpec::joinQuotes()
{
    const QStringList argv { u"python3"_s, u"my script.py"_s, u"it's"_s, QString() };
    const QString line = CommandLine::join(argv);
    QCOMPARE(line, QStringLiteral("python3 'my script.py' 'it'\\''s' ''"));
    QCOMPARE(CommandLine::split(line).arguments, argv);
}

QTEST_GUILESS_MAIN(TestAgentSpec)
#include "tst_agentspec.moc"

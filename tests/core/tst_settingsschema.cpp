// The settings table: every key of settingsschema.h, defaults that pass their own checks, and
// normaliseSetting's answers.
#include "core/settingsschema.h"

#include <QSet>
#include <QTest>

using namespace Hookyard::Core;

class TestSettingsSchema : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyHasASpec();
    void defaultsAreValid();
    void defaults_data();
    void defaults();
    void normalise_data();
    void normalise();
    void unknownKey();
};

void TestSettingsSchema::everyKeyHasASpec()
{
    const char *const keys[] = {
        Settings::ListenAddress,
        Settings::PublicBaseUrl,
        Settings::BodyLimit,
        Settings::DefaultTolerance,
        Settings::DefaultRate,
        Settings::DefaultBurst,
        Settings::RejectRate,
        Settings::RejectBurst,
        Settings::MaxConnections,
        Settings::MaxConnectionsPerAddress,
        Settings::Synchronous,
        Settings::RetentionDays,
        Settings::RetentionEvents,
        Settings::SecretBackend,
        Settings::DefaultAgentCommand,
        Settings::MaxConcurrentRuns,
        Settings::OutputCap,
        Settings::KillGrace,
        Settings::Notifications,
        Settings::CloseToTray,
        Settings::Language,
    };
    for (const char *key : keys)
        QVERIFY2(findSetting(QLatin1String(key)), key);
    QCOMPARE(settingSpecs().size(), qsizetype(std::size(keys)));
    QSet<QString> unique;
    for (const SettingSpec &spec : settingSpecs()) {
        unique.insert(QLatin1String(spec.key));
        QVERIFY(spec.description && *spec.description);
    }
    QCOMPARE(unique.size(), settingSpecs().size());
}

void TestSettingsSchema::defaultsAreValid()
{
    for (const SettingSpec &spec : settingSpecs()) {
        QString error;
        const QString key = QLatin1String(spec.key);
        const auto value = normaliseSetting(key, QLatin1String(spec.defaultValue), &error);
        QVERIFY2(value, qPrintable(key + u": "_qs + error));
        QCOMPARE(*value, QLatin1String(spec.defaultValue));
    }
}

void TestSettingsSchema::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    auto row = [](const char *key, const char *value) {
        QTest::newRow(key) << QString::fromLatin1(key) << QString::fromLatin1(value);
    };
    row(Settings::ListenAddress, "127.0.0.1:8787");
    row(Settings::PublicBaseUrl, "");
    row(Settings::BodyLimit, "1048576");
    row(Settings::DefaultTolerance, "300");
    row(Settings::DefaultRate, "100");
    row(Settings::DefaultBurst, "200");
    row(Settings::RejectRate, "5");
    row(Settings::RejectBurst, "20");
    row(Settings::MaxConnections, "1024");
    row(Settings::MaxConnectionsPerAddress, "256");
    row(Settings::Synchronous, "normal");
    row(Settings::RetentionDays, "30");
    row(Settings::RetentionEvents, "0");
    row(Settings::SecretBackend, "auto");
    row(Settings::DefaultAgentCommand, "");
    row(Settings::MaxConcurrentRuns, "4");
    row(Settings::OutputCap, "1048576");
    row(Settings::KillGrace, "5000");
    row(Settings::Notifications, "true");
    row(Settings::CloseToTray, "true");
    row(Settings::Language, "");
}

void TestSettingsSchema::defaults()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const SettingSpec *spec = findSetting(key);
    QVERIFY(spec);
    QCOMPARE(QLatin1String(spec->defaultValue), value);
}

void TestSettingsSchema::normalise_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // null = refused
    QTest::addColumn<QString>("errorPart");
    auto ok = [](const char *name, const char *key, const QString &value, const QString &out) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << out << QString();
    };
    auto bad = [](const char *name, const char *key, const QString &value, const QString &part) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << QString() << part;
    };
    using namespace Settings;
    ok("ipv4", ListenAddress, u"0.0.0.0:80"_qs, u"0.0.0.0:80"_qs);
    ok("port 0", ListenAddress, u"127.0.0.1:0"_qs, u"127.0.0.1:0"_qs);
    ok("port 65535", ListenAddress, u"127.0.0.1:65535"_qs, u"127.0.0.1:65535"_qs);
    ok("host name", ListenAddress, u"LocalHost:8787"_qs, u"localhost:8787"_qs);
    ok("ipv6", ListenAddress, u"[::1]:8787"_qs, u"[::1]:8787"_qs);
    ok("ipv6 long", ListenAddress, u"[0:0:0:0:0:0:0:1]:9000"_qs, u"[::1]:9000"_qs);
    ok("trimmed", ListenAddress, u" 127.0.0.1:8787 "_qs, u"127.0.0.1:8787"_qs);
    bad("port 65536", ListenAddress, u"127.0.0.1:65536"_qs, u"0 to 65535"_qs);
    bad("no port", ListenAddress, u"127.0.0.1"_qs, u"HOST:PORT"_qs);
    bad("empty port", ListenAddress, u"127.0.0.1:"_qs, u"HOST:PORT"_qs);
    bad("no host", ListenAddress, u":8787"_qs, u"HOST:PORT"_qs);
    bad("ipv6 without brackets", ListenAddress, u"::1:8787"_qs, u"brackets"_qs);
    bad("bad ipv6", ListenAddress, u"[::g]:8787"_qs, u"HOST:PORT"_qs);
    bad("ipv4 in brackets", ListenAddress, u"[127.0.0.1]:8787"_qs, u"HOST:PORT"_qs);
    bad("port with letters", ListenAddress, u"127.0.0.1:80a"_qs, u"HOST:PORT"_qs);
    bad("bad host", ListenAddress, u"exa mple:80"_qs, u"HOST:PORT"_qs);
    ok("url empty", PublicBaseUrl, QString(), QString(u""_qs));
    ok("url https", PublicBaseUrl, u"https://hooks.example.com"_qs,
       u"https://hooks.example.com"_qs);
    ok("url trailing slash", PublicBaseUrl, u"https://abc.ngrok.app/"_qs,
       u"https://abc.ngrok.app"_qs);
    ok("url with path and port", PublicBaseUrl, u"http://proxy:8080/hooks/"_qs,
       u"http://proxy:8080/hooks"_qs);
    bad("url ftp", PublicBaseUrl, u"ftp://example.com"_qs, u"http:// or https://"_qs);
    bad("url query", PublicBaseUrl, u"https://example.com/?a=1"_qs, u"query"_qs);
    bad("url fragment", PublicBaseUrl, u"https://example.com/#x"_qs, u"query"_qs);
    bad("url no host", PublicBaseUrl, u"https://"_qs, u"http:// or https://"_qs);
    bad("url relative", PublicBaseUrl, u"example.com"_qs, u"http:// or https://"_qs);
    ok("body limit min", BodyLimit, u"1024"_qs, u"1024"_qs);
    ok("body limit max", BodyLimit, u"67108864"_qs, u"67108864"_qs);
    bad("body limit too small", BodyLimit, u"1023"_qs, u"from 1024 to 67108864"_qs);
    bad("body limit too large", BodyLimit, u"67108865"_qs, u"from 1024 to 67108864"_qs);
    bad("body limit text", BodyLimit, u"1MB"_qs, u"whole number"_qs);
    ok("tolerance 1", DefaultTolerance, u"1"_qs, u"1"_qs);
    ok("tolerance a day", DefaultTolerance, u"86400"_qs, u"86400"_qs);
    bad("tolerance 0", DefaultTolerance, u"0"_qs, u"from 1 to 86400"_qs);
    bad("tolerance negative", DefaultTolerance, u"-5"_qs, u"from 1 to 86400"_qs);
    ok("rate unlimited", DefaultRate, u"0"_qs, u"0"_qs);
    ok("burst", DefaultBurst, u"500"_qs, u"500"_qs);
    ok("leading zeros", RejectRate, u"007"_qs, u"7"_qs);
    bad("max connections 0", MaxConnections, u"0"_qs, u"from 1"_qs);
    ok("synchronous full", Synchronous, u"FULL"_qs, u"full"_qs);
    bad("synchronous off", Synchronous, u"off"_qs, u"normal, full"_qs);
    ok("retention forever", RetentionDays, u"0"_qs, u"0"_qs);
    ok("backend file", SecretBackend, u"file"_qs, u"file"_qs);
    bad("backend plain", SecretBackend, u"plain"_qs, u"auto, keychain, file"_qs);
    ok("command", DefaultAgentCommand, u"python3 agent.py"_qs, u"python3 agent.py"_qs);
    bad("command two lines", DefaultAgentCommand, u"a\nb"_qs, u"single line"_qs);
    ok("concurrent 64", MaxConcurrentRuns, u"64"_qs, u"64"_qs);
    bad("concurrent 65", MaxConcurrentRuns, u"65"_qs, u"from 1 to 64"_qs);
    bad("concurrent 0", MaxConcurrentRuns, u"0"_qs, u"from 1 to 64"_qs);
    ok("kill grace 5s", KillGrace, u"5s"_qs, u"5000"_qs);
    ok("kill grace ms", KillGrace, u"1500ms"_qs, u"1500"_qs);
    ok("kill grace number is ms", KillGrace, u"2000"_qs, u"2000"_qs);
    bad("kill grace negative", KillGrace, u"-1"_qs, u"duration"_qs);
    bad("kill grace word", KillGrace, u"soon"_qs, u"duration"_qs);
    bad("kill grace too long", KillGrace, u"1h"_qs, u"duration from 0s to 10m"_qs);
    ok("bool yes", Notifications, u"yes"_qs, u"true"_qs);
    ok("bool off", CloseToTray, u"off"_qs, u"false"_qs);
    ok("bool False", CloseToTray, u"False"_qs, u"false"_qs);
    bad("bool maybe", Notifications, u"maybe"_qs, u"true or false"_qs);
    ok("language system", Language, QString(), QString(u""_qs));
    ok("language de", Language, u"de"_qs, u"de"_qs);
    bad("language xx", Language, u"xx"_qs, u"en, de, fr"_qs);
}

void TestSettingsSchema::normalise()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<QString> result = normaliseSetting(key, value, &error);
    if (errorPart.isEmpty()) {
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(*result, expected);
    } else {
        QVERIFY2(!result, qPrintable(result.value_or(QString())));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.contains(key), qPrintable(error));
    }
}

void TestSettingsSchema::unknownKey()
{
    QString error;
    QVERIFY(!normaliseSetting(u"receiver.nope"_qs, u"1"_qs, &error));
    QVERIFY(error.contains(u"receiver.nope"));
    QVERIFY(error.contains(u"listen.address"));
    QVERIFY(!findSetting(u"receiver.nope"_qs));
    QVERIFY(!normaliseSetting(u"receiver.nope"_qs, u"1"_qs, nullptr)); // a null error is allowed
}

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"

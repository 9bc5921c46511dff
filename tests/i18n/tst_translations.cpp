#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Hookyard;

// The languages translations/ has a .ts file for, from the build ("de,fr").
static QStringList expectedLanguages()
{
    return QStringLiteral(HOOKYARD_TRANSLATIONS).split(u',', Qt::SkipEmptyParts);
}

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void everyTranslationIsEmbedded();
    void availableLanguages();
    void translates_data();
    void translates();
    void plurals_data();
    void plurals();
    void englishIsTheSource();
    void unknownLanguageStaysEnglish();
    void systemLocaleIsFollowed();
    void switchingReplacesTheTranslators();
    void languageSettingReadsTheEnvironment();
};

void TestTranslations::cleanup()
{
    I18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    qunsetenv("HOOKYARD_LANGUAGE");
}

void TestTranslations::everyTranslationIsEmbedded()
{
    const QStringList languages = expectedLanguages();
    QVERIFY(languages.contains(QStringLiteral("de")));
    QVERIFY(languages.contains(QStringLiteral("fr")));
    for (const QString &language : languages) {
        const QString path = QStringLiteral(":/i18n/hookyard_") + language + QStringLiteral(".qm");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator translator;
        QVERIFY2(translator.load(path), qPrintable(path));
        QVERIFY(!translator.isEmpty());
        QVERIFY2(translator.language().startsWith(language), qPrintable(translator.language()));
    }
}

void TestTranslations::availableLanguages()
{
    // English first (the source; its file holds only plural forms), then the others by code.
    QStringList expected = expectedLanguages();
    QVERIFY(expected.removeAll(QStringLiteral("en")) == 1);
    expected.sort();
    expected.prepend(QStringLiteral("en"));
    QCOMPARE(I18n::availableLanguages(), expected);
}

void TestTranslations::translates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    // A context lupdate sees as is: a QObject, Q_DECLARE_TR_FUNCTIONS, an explicit translate().
    QTest::newRow("de storage") << QStringLiteral("de")
                                << QByteArray("Hookyard::Storage::DeliveryWriter")
                                << QByteArray("The database connection is closed.")
                                << QStringLiteral("Die Datenbankverbindung ist geschlossen.");
    QTest::newRow("fr storage") << QStringLiteral("fr")
                                << QByteArray("Hookyard::Storage::DeliveryWriter")
                                << QByteArray("The database connection is closed.")
                                << QStringLiteral("La connexion à la base de données est fermée.");
    QTest::newRow("fr receiver") << QStringLiteral("fr") << QByteArray("WebhookHandler")
                                 << QByteArray("webhooks are delivered with POST")
                                 << QStringLiteral("les webhooks sont livrés en POST");
    // A helper lupdate reads through -tr-function-alias (trSched in runscheduler.cpp).
    QTest::newRow("de scheduler") << QStringLiteral("de")
                                  << QByteArray("Hookyard::Agents::RunScheduler")
                                  << QByteArray("cancelled before it started")
                                  << QStringLiteral("vor dem Start abgebrochen");
    // A tr() helper that asks for a deeper context than lupdate filed the string under: the
    // translator falls back to the enclosing scopes ("Hookyard::Cli::Agent" → "Hookyard::Cli").
    QTest::newRow("de cli helper") << QStringLiteral("de") << QByteArray("Hookyard::Cli::Agent")
                                   << QByteArray("(the default agent command)")
                                   << QStringLiteral("(der Standardbefehl für Agenten)");
    QTest::newRow("fr core helper")
        << QStringLiteral("fr") << QByteArray("Hookyard::Core::StripeEvent")
        << QByteArray("body is empty") << QStringLiteral("le corps est vide");
    // French punctuation takes a no-break space.
    QTest::newRow("fr no-break space")
        << QStringLiteral("fr") << QByteArray("Hookyard::Agents::AgentProcess")
        << QByteArray("command not found: %1")
        << (QStringLiteral("commande introuvable") + QChar(0xa0) + QStringLiteral(": %1"));
}

void TestTranslations::translates()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);

    QVERIFY(I18n::installTranslators(*QCoreApplication::instance(), language));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
}

void TestTranslations::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Lauf");
    QTest::newRow("de 3") << QStringLiteral("de") << 3 << QStringLiteral("3 Läufe");
    QTest::newRow("fr 0") << QStringLiteral("fr") << 0 << QStringLiteral("0 exécution");
    QTest::newRow("fr 2") << QStringLiteral("fr") << 2 << QStringLiteral("2 exécutions");
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 run");
    QTest::newRow("en 3") << QStringLiteral("en") << 3 << QStringLiteral("3 runs");
}

void TestTranslations::plurals()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);

    QVERIFY(I18n::installTranslators(*QCoreApplication::instance(), language));
    QCOMPARE(QCoreApplication::translate("Hookyard::Cli::Events", "%n run(s)", nullptr, n),
             expected);
}

void TestTranslations::englishIsTheSource()
{
    QVERIFY(I18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("de")));
    QVERIFY(I18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Hookyard::Storage::DeliveryWriter",
                                         "The database connection is closed."),
             QStringLiteral("The database connection is closed."));
}

void TestTranslations::unknownLanguageStaysEnglish()
{
    QVERIFY(!I18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("xx")));
    QCOMPARE(QCoreApplication::translate("Hookyard::Storage::DeliveryWriter",
                                         "The database connection is closed."),
             QStringLiteral("The database connection is closed."));
}

// Run under LANG=de_DE.UTF-8 or LANGUAGE=ja:fr to see the system's language followed (the first
// of its UI languages Hookyard has); in the C locale (CI) the text stays English.
void TestTranslations::systemLocaleIsFollowed()
{
    QLocale::Language wanted = QLocale::AnyLanguage;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &name : uiLanguages) {
        const QLocale::Language language = name == u"C" ? QLocale::C : QLocale(name).language();
        if (language == QLocale::C || language == QLocale::English || language == QLocale::German
            || language == QLocale::French) {
            wanted = language;
            break;
        }
    }
    const bool served = I18n::installTranslators(*QCoreApplication::instance(), QString());
    QCOMPARE(served, wanted != QLocale::AnyLanguage);
    const QString text = QCoreApplication::translate("Hookyard::Storage::DeliveryWriter",
                                                     "The database connection is closed.");
    if (wanted == QLocale::German)
        QCOMPARE(text, QStringLiteral("Die Datenbankverbindung ist geschlossen."));
    else if (wanted == QLocale::French)
        QCOMPARE(text, QStringLiteral("La connexion à la base de données est fermée."));
    else
        QCOMPARE(text, QStringLiteral("The database connection is closed."));
}

void TestTranslations::switchingReplacesTheTranslators()
{
    QCoreApplication &app = *QCoreApplication::instance();
    const auto ours = [&app] {
        return app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size();
    };
    QVERIFY(I18n::installTranslators(app, QStringLiteral("de")));
    const qsizetype afterFirst = ours();
    QVERIFY(afterFirst >= 1);
    QVERIFY(I18n::installTranslators(app, QStringLiteral("fr")));
    QCOMPARE(ours(), afterFirst);
    QCOMPARE(QCoreApplication::translate("Hookyard::Agents::RunScheduler",
                                         "cancelled before it started"),
             QStringLiteral("annulée avant de démarrer"));
    // English keeps only its plural forms.
    QVERIFY(I18n::installTranslators(app, QStringLiteral("en")));
    QCOMPARE(ours(), 1);
    QCOMPARE(QCoreApplication::translate("Hookyard::Agents::RunScheduler",
                                         "cancelled before it started"),
             QStringLiteral("cancelled before it started"));
}

void TestTranslations::languageSettingReadsTheEnvironment()
{
    QCOMPARE(I18n::languageSetting(), QString());
    qputenv("HOOKYARD_LANGUAGE", "fr");
    QCOMPARE(I18n::languageSetting(), QStringLiteral("fr"));
    qputenv("HOOKYARD_LANGUAGE", "xx");
    QCOMPARE(I18n::languageSetting(), QString());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

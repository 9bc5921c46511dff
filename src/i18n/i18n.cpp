#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Hookyard::I18n {

namespace {

// Our translators carry this object name, so that the next call can find and replace them.
constexpr char TranslatorName[] = "Hookyard::I18n";

QString resourceDir()
{
    return QStringLiteral(":/i18n");
}

QString english()
{
    return QStringLiteral("en");
}

// lupdate files a tr() call made outside a class under the enclosing namespace or class (say
// "Hookyard::Cli"), while the file's own tr() helper may ask for a deeper context
// ("Hookyard::Cli::Agent"). When the exact context has no translation, the enclosing scopes are
// searched too, innermost first.
class ScopedTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || !context)
            return text;
        QByteArray scope(context);
        for (qsizetype cut = scope.lastIndexOf("::"); cut > 0 && text.isNull();
             cut = scope.lastIndexOf("::")) {
            scope.truncate(cut);
            text = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        }
        return text;
    }
};

// The language code of a UI language or locale name ("de-CH", "fr_FR", "de"): "en" for English
// and for the C locale, "" for a name Qt does not know.
QString languageCode(const QString &name)
{
    if (name == u"C" || name == u"POSIX" || name.startsWith(u"C."))
        return english();
    const QLocale locale(name);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    if (locale.language() == QLocale::English)
        return english();
    return QLocale::languageToCode(locale.language());
}

// The language to show: `language` itself when available; for "" the first of the system's UI
// languages that is English or available. "" when there is none.
QString resolve(const QString &language, const QStringList &available)
{
    if (!language.isEmpty()) {
        if (available.contains(language))
            return language;
        const QString code = languageCode(language);
        return available.contains(code) ? code : QString();
    }
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &name : preferred) {
        const QString code = languageCode(name);
        if (available.contains(code))
            return code;
    }
    return {};
}

void removeOurTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> installed =
        app.findChildren<QTranslator *>(QLatin1String(TranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString languageSetting()
{
    const QString value = qEnvironmentVariable("HOOKYARD_LANGUAGE").trimmed();
    return availableLanguages().contains(value) ? value : QString();
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    removeOurTranslators(app);

    const QString asked = language.trimmed();
    const QString code = resolve(asked, availableLanguages());
    // Numbers and dates follow an explicit choice; the system's own locale is kept when it
    // already speaks that language (de_CH stays de_CH rather than becoming de_DE).
    const QLocale system = QLocale::system();
    if (asked.isEmpty() || code.isEmpty() || languageCode(system.name()) == code)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(code));

    if (code.isEmpty())
        return false;
    if (code == english()) {
        // The source language: its file gives each text as it is and the plural forms English
        // has ("1 event", not "1 event(s)"). Without it the texts are still right, less fluent.
        auto *plurals = new ScopedTranslator(&app);
        plurals->setObjectName(QLatin1String(TranslatorName));
        if (plurals->load(QStringLiteral("hookyard_") + code, resourceDir()))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return true;
    }

    // Installed translators are searched newest first: Qt's, then ours on top.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QLatin1String(TranslatorName));
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new ScopedTranslator(&app);
    ours->setObjectName(QLatin1String(TranslatorName));
    if (!ours->load(QStringLiteral("hookyard_") + code, resourceDir())) {
        delete ours;
        removeOurTranslators(app);
        QLocale::setDefault(system);
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

QStringList availableLanguages()
{
    const QString prefix = QStringLiteral("hookyard_");
    const QString suffix = QStringLiteral(".qm");
    QStringList languages;
    const QStringList files =
        QDir(resourceDir()).entryList({ QString(prefix + u'*' + suffix) }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code =
            file.sliced(prefix.size(), file.size() - prefix.size() - suffix.size());
        if (!code.isEmpty() && code != english())
            languages << code;
    }
    languages.prepend(english());
    return languages;
}

} // namespace Hookyard::I18n

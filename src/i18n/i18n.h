#pragma once

// The interface language. Hookyard's translations are embedded in the executable as
// :/i18n/hookyard_<lang>.qm (see translations/); Qt's own (qtbase_<lang>.qm, dialog buttons and
// the like) are loaded from Qt's translations directory when the system has them.

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace Hookyard::I18n {

// The language chosen outside the stored settings: the HOOKYARD_LANGUAGE environment variable
// when it names a language of availableLanguages() ("en", "de", "fr"), else "". The CLI passes
// it to installTranslators() as is; the desktop app uses it when set, else the gui.language
// setting.
QString languageSetting();

// Installs the translators for `language`: "" follows the system locale (its UI languages in
// order of preference), "en" is the untranslated English, "de" or "fr" a translation. Replaces
// the translators an earlier call installed, so that the language can change while the app runs
// (Qt then sends QEvent::LanguageChange to every widget). An explicit language also becomes the
// default QLocale, so that numbers and dates match the text. Returns true when the interface is
// now in a language of availableLanguages(); false (the app stays in English) when `language` is
// unknown, its translation cannot be loaded, or the system asks for a language Hookyard lacks.
bool installTranslators(QCoreApplication &app, const QString &language);

// The languages the interface can be shown in: "en" first, then every translation embedded
// under :/i18n, by language code.
QStringList availableLanguages();

} // namespace Hookyard::I18n

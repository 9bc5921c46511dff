#include "core/signingsecret.h"

#include <QCoreApplication>

namespace Hookyard::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Core::SigningSecret", text);
}

// Appended to every refusal: the user needs to know where the right value is, not only that
// this one is wrong.
QString whereToFindIt()
{
    return tr("The signing secret starts with whsec_: in the Stripe Dashboard open Developers > "
              "Webhooks > the endpoint > \"Signing secret\" (Reveal), or copy the whsec_ secret "
              "that `stripe listen` prints.");
}

QString refuse(const QString &what)
{
    return what + u' ' + whereToFindIt();
}

// Dashboard secrets are "whsec_" + 32 base64-ish characters, `stripe listen` prints "whsec_" +
// 64 hex digits. The bounds leave room for other forms without accepting a pasted paragraph.
constexpr qsizetype kMinBodyLength = 16;
constexpr qsizetype kMaxBodyLength = 256;

bool isSecretChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'+' || c == u'/' || c == u'=' || c == u'_' || c == u'-';
}

struct KnownPrefix
{
    const char16_t *prefix;
    const char *message;
};

// Other Stripe identifiers that people paste by mistake. API keys first: pasting one where it
// does not belong is a leak the user should act on.
const KnownPrefix kKnownPrefixes[] = {
    { u"sk_live_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is a live secret API key (sk_live_...), not a webhook signing "
                        "secret: never paste it here. If it was shared or pasted anywhere it "
                        "should not be, roll it in the Dashboard (Developers > API keys).") },
    { u"sk_test_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is a test secret API key (sk_test_...), not a webhook signing "
                        "secret: do not paste it here. If it was shared, roll it in the "
                        "Dashboard (Developers > API keys).") },
    { u"sk_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is a secret API key (sk_...), not a webhook signing secret: do not "
                        "paste it here. If it was shared, roll it in the Dashboard (Developers > "
                        "API keys).") },
    { u"rk_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is a restricted API key (rk_...), not a webhook signing secret: do "
                        "not paste it here. If it was shared, roll it in the Dashboard "
                        "(Developers > API keys).") },
    { u"pk_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is a publishable API key (pk_...), not a webhook signing secret.") },
    { u"we_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is a webhook endpoint id (we_...), not its signing secret.") },
    { u"evt_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is an event id (evt_...), not a webhook signing secret.") },
    { u"acct_",
      QT_TRANSLATE_NOOP("Hookyard::Core::SigningSecret",
                        "This is an account id (acct_...), not a webhook signing secret.") },
};

} // namespace

SecretValidation validateSigningSecret(const QString &input)
{
    // Messages describe the input, never quote it: an error may end up on screen or in a log.
    SecretValidation result;
    const QString secret = input.trimmed();
    if (secret.isEmpty()) {
        result.error = refuse(tr("Nothing was pasted."));
        return result;
    }
    if (!secret.startsWith(u"whsec_")) {
        for (const KnownPrefix &known : kKnownPrefixes) {
            if (secret.startsWith(QStringView(known.prefix))) {
                result.error = refuse(tr(known.message));
                return result;
            }
        }
        static const QString quotes = QStringLiteral("\"'`\u201c\u201d\u2018\u2019");
        QStringView unquoted(secret);
        while (!unquoted.isEmpty() && quotes.contains(unquoted.front()))
            unquoted = unquoted.sliced(1);
        if (unquoted.size() < secret.size() && unquoted.startsWith(u"whsec_")) {
            result.error = refuse(tr("The secret is in quotes: give it without them."));
            return result;
        }
        if (secret.startsWith(u"whsec_", Qt::CaseInsensitive)) {
            result.error = refuse(tr("The secret must start with whsec_ in lower case: copy it "
                                     "again instead of typing it."));
        } else {
            result.error = refuse(tr("This is not a webhook signing secret: it does not start "
                                     "with whsec_."));
        }
        return result;
    }
    const QStringView body = QStringView(secret).sliced(6);
    for (QChar c : body) {
        if (c.isSpace()) {
            result.error = refuse(tr("The secret has a space or line break inside: copy it again "
                                     "in one piece."));
            return result;
        }
    }
    for (QChar c : body) {
        if (!isSecretChar(c)) {
            result.error = refuse(tr("The secret contains characters a signing secret never has "
                                     "(only letters, digits and + / = _ - occur): copy it "
                                     "again, without quotes."));
            return result;
        }
    }
    if (body.size() < kMinBodyLength) {
        result.error = refuse(tr("The secret is too short (%1 characters after whsec_): it was "
                                 "probably cut off while copying.")
                                  .arg(body.size()));
        return result;
    }
    if (body.size() > kMaxBodyLength) {
        result.error = refuse(tr("The secret is too long (%1 characters after whsec_): more than "
                                 "the secret was copied.")
                                  .arg(body.size()));
        return result;
    }
    result.ok = true;
    result.secret = secret;
    return result;
}

bool looksLikeSecret(QStringView word)
{
    const QStringView w = word.trimmed();
    return w.startsWith(u"whsec_") || w.startsWith(u"sk_") || w.startsWith(u"rk_");
}

} // namespace Hookyard::Core

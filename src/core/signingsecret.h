#pragma once

#include <QString>

namespace Hookyard::Core {

struct SecretValidation
{
    bool ok = false;
    QString secret; // trimmed, when ok
    QString error; // translated sentence saying what was pasted instead and what to do
};

// Trims surrounding whitespace and accepts only a Stripe webhook signing secret ("whsec_...").
// An sk_/pk_/rk_ (API keys), a restricted key or anything else is refused with a sentence that
// names what it is and where the signing secret is found instead. The error never repeats the
// value that was given.
SecretValidation validateSigningSecret(const QString &input);

// Whether a word looks like a secret (a signing secret, a secret or restricted API key), so that
// an error message about it, say a command-line argument in the wrong place, must not repeat it.
bool looksLikeSecret(QStringView word);

} // namespace Hookyard::Core

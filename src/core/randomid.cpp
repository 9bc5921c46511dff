#include "core/randomid.h"

#include <QByteArray>

#include <openssl/rand.h>

namespace Hookyard::Core {

QString randomHex(int bytes)
{
    if (bytes <= 0)
        return {};
    QByteArray raw(bytes, Qt::Uninitialized);
    // No fallback on purpose: an id from a weaker source would make webhook URLs guessable
    // without anyone noticing. A failing CSPRNG is a broken system; stop.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        qFatal("OpenSSL RAND_bytes failed: refusing to create an identifier without a secure "
               "random source");
    return QString::fromLatin1(raw.toHex());
}

QString randomConnectorId()
{
    return randomHex(16);
}

} // namespace Hookyard::Core

#pragma once

#include <QString>

namespace Hookyard::Core {

// 32 lowercase hex characters from 16 bytes of OpenSSL's RAND_bytes (128 bits): connector ids,
// which make the webhook URL unguessable. Aborts the process if the CSPRNG fails, because an id
// from anything weaker would silently make URLs guessable.
QString randomConnectorId();

// n random bytes from RAND_bytes as lowercase hex (2n characters).
QString randomHex(int bytes);

} // namespace Hookyard::Core

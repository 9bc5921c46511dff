#pragma once

#include <QByteArrayView>

struct sqlite3;

namespace Hookyard::Storage {

// SQL functions Hookyard's queries use, registered on every connection Database opens.
//
// contains_nocase(haystack, needle): 1 when needle occurs in haystack with ASCII letters in any
// case, byte for byte otherwise (a BLOB or TEXT; an empty needle matches). The Events page's
// text search runs it over every stored payload: an e-mail address or a name typed in lower
// case finds "Jenny.Rosen@Example.com". It reads the bytes as they are, without converting a
// BLOB to text (lower() would) and without stopping at a NUL (LIKE would).
bool containsNoCase(QByteArrayView haystack, QByteArrayView needle);
// Returns the SQLite result code of registering them.
int registerSqlFunctions(sqlite3 *db);

} // namespace Hookyard::Storage

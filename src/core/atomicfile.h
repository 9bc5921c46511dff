#pragma once

#include <QByteArray>
#include <QString>

namespace Hookyard::Core {

// Replaces the file at `path` with `data` atomically (QSaveFile: a new file in the same folder,
// synced and renamed over the old one), or leaves the old file exactly as it was and returns
// false with the system's reason ("No space left on device") in *error.
//
// Why not QSaveFile alone: Qt 6.4's QSaveFile::commit() returns true when the last write of its
// buffer fails (a full disk), and renames the empty or truncated file over the old one; a failed
// flush() before it changes nothing, and its errorString() is often "Unknown error". So the file
// is written unbuffered, every write checked, and commit() called only once all of it is out.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace Hookyard::Core

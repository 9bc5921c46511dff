#pragma once

#include <QString>
#include <QStringList>

namespace Hookyard::Cli {

// The platform's app data folder for Hookyard (~/.local/share/hookyard on Linux).
QString defaultDataDir();

// Removes "--data-dir DIR" / "--data-dir=DIR" from args (anywhere), and resolves the data dir:
// the option, else HOOKYARD_DATA_DIR, else defaultDataDir(). Returns an absolute path. An empty
// --data-dir is refused (false with *error); an empty HOOKYARD_DATA_DIR counts as unset.
bool extractDataDir(QStringList *args, QString *dataDir, QString *error);

// True when the arguments name a command (anything but the bare desktop app).
bool isCliInvocation(const QStringList &arguments);

} // namespace Hookyard::Cli

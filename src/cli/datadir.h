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

// Whether the desktop app has somewhere to show its window: on Linux a DISPLAY or
// WAYLAND_DISPLAY, or a Qt platform chosen by QT_QPA_PLATFORM or -platform. Without one,
// QApplication would abort with several lines of Qt's; runWithoutDisplay() says what to do.
bool hasDisplay(const QStringList &arguments);
// One line on standard error (run `hookyard serve`, or see --help); returns the exit status 1.
int runWithoutDisplay();

} // namespace Hookyard::Cli

#pragma once

#include <QStringList>

namespace Hookyard::Core {

// Process-wide choices for the headless commands (`hookyard serve` and the CLI).
//
// Qt picks an event dispatcher for the application and for every QThread from the environment
// (QT_NO_GLIB). The GLib one exists to cooperate with GLib-based desktop code a window may
// load; a headless process has none, and Qt's own UNIX dispatcher serves the receiver's sockets
// with less overhead (bench-receiver: about 9% more deliveries per second).
//
// preferUnixEventDispatcher() sets QT_NO_GLIB=1 unless the user set it; call it before the
// QCoreApplication exists (the variable is read whenever an application or a thread creates its
// dispatcher, so it has to stay set). Variables set this way belong to Hookyard, not to the
// user: ownEnvironmentVariables() names them, and agent processes do not inherit them.
void preferUnixEventDispatcher();
QStringList ownEnvironmentVariables();

} // namespace Hookyard::Core

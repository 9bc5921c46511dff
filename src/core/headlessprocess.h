#pragma once

#include <QStringList>

namespace Hookyard::Core {

// Process-wide choices for the headless commands (`hookyard serve` and the CLI).
//
// Qt picks an event dispatcher for the application and for every QThread from the environment.
// The GLib one cooperates with GLib-based code in the process, and the main thread needs it:
// QtKeychain reaches the Secret Service through libsecret, whose asynchronous calls complete in
// GLib's main context, so under Qt's own dispatcher a keychain job never finishes (every
// `connector set-secret` waited for the job's 60 s deadline, and "auto" never found the
// keychain). The worker threads (the receiver, the checkpointer, the log) touch no GLib code,
// and Qt's own UNIX dispatcher serves the receiver's sockets with less overhead.
//
// preferUnixEventDispatcher() sets QT_NO_THREADED_GLIB=1 (GLib on the main thread, Qt's own
// dispatcher on every other thread) unless the user set it or QT_NO_GLIB; call it before threads
// start (the variable is read whenever a thread creates its dispatcher, so it has to stay set).
// Variables set this way belong to Hookyard, not to the user: ownEnvironmentVariables() names
// them, and agent processes do not inherit them.
void preferUnixEventDispatcher();
QStringList ownEnvironmentVariables();

// Whether the calling thread's event dispatcher is GLib's (which libsecret needs, see above).
bool threadRunsGlibEventLoop();

} // namespace Hookyard::Core

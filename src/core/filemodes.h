#pragma once

namespace Hookyard::Core {

// Hookyard stores payment events, agent files and their output: every file and folder it
// creates is for its user only (0600 and 0700), whatever umask it was started with and whatever
// the modes of a data folder that already existed. (A folder Hookyard creates is 0700 anyway;
// one the user made, say 0755 under umask 000, left the database readable and the agent scripts
// writable by every local user.)
//
// restrictNewFileModes() adds 077 to the process's umask and remembers the one it was started
// with; call it first in main(). Agent processes get that one back (userUmask(), applied in the
// child by AgentProcess): what an agent writes is the user's business.
void restrictNewFileModes();
// The umask the process was started with, or -1 when restrictNewFileModes() was not called.
int userUmask();

} // namespace Hookyard::Core

#include "core/filemodes.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Hookyard::Core {

namespace {
int g_userUmask = -1; // written once, before any thread or child process exists
} // namespace

void restrictNewFileModes()
{
#ifdef Q_OS_UNIX
    const mode_t started = ::umask(077);
    ::umask(started | 077);
    if (g_userUmask < 0)
        g_userUmask = int(started);
#endif
}

int userUmask()
{
    return g_userUmask;
}

} // namespace Hookyard::Core

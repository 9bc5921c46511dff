#include "core/headlessprocess.h"

#include <QAbstractEventDispatcher>
#include <QMutex>

namespace Hookyard::Core {

namespace {
QMutex g_mutex;
QStringList g_own; // guarded by g_mutex
} // namespace

void preferUnixEventDispatcher()
{
    if (qEnvironmentVariableIsSet("QT_NO_GLIB") || qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        return; // the user's choice stands, and is theirs to pass on
    qputenv("QT_NO_THREADED_GLIB", "1");
    QMutexLocker lock(&g_mutex);
    if (!g_own.contains(QLatin1String("QT_NO_THREADED_GLIB")))
        g_own.append(QStringLiteral("QT_NO_THREADED_GLIB"));
}

QStringList ownEnvironmentVariables()
{
    QMutexLocker lock(&g_mutex);
    return g_own;
}

bool threadRunsGlibEventLoop()
{
    const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    return dispatcher && dispatcher->inherits("QEventDispatcherGlib");
}

} // namespace Hookyard::Core

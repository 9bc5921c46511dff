#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Hookyard::AgentsTest {

// Whether a process still runs: gone, or a zombie nobody reaped yet (PID 1 of a container may
// not), counts as not running.
inline bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

} // namespace Hookyard::AgentsTest

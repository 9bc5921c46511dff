#include "receiver/guardlimits.h"

#include <algorithm>

namespace Hookyard::Receiver {

GuardLimits GuardLimits::fromConfig(const ReceiverConfig &config)
{
    GuardLimits l;
    l.bodyLimit = std::max<qint64>(1, config.bodyLimit);
    l.maxRequestLineBytes = std::max(64, config.maxRequestLineBytes);
    l.maxHeaderBytes = std::max(256, config.maxHeaderBytes);
    l.maxHeaderFields = std::max(4, config.maxHeaderFields);
    l.maxConnections = std::max(1, config.maxConnections);
    l.maxConnectionsPerAddress = std::max(1, config.maxConnectionsPerAddress);
    l.headerTimeoutMs = std::max(1, config.headerTimeoutMs);
    l.requestTimeoutMs = std::max(l.headerTimeoutMs, config.requestTimeoutMs);
    l.idleTimeoutMs = std::max(1, config.idleTimeoutMs);
    return l;
}

qint64 GuardLimits::maxRequestWireBytes() const
{
    return qint64(maxRequestLineBytes) + maxHeaderBytes + 2 * bodyLimit + 64 * 1024;
}

} // namespace Hookyard::Receiver

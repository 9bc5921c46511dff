#pragma once

#include "receiver/webhookreceiver.h"

#include <QtGlobal>

namespace Hookyard::Receiver {

// The transport limits the connection guard and the guarded server enforce, taken from the
// ReceiverConfig. A copy is given to each connection when it is accepted: a reconfigure applies
// to new connections, never half-way through a request.
struct GuardLimits
{
    qint64 bodyLimit = 1024 * 1024;
    int maxRequestLineBytes = 8 * 1024;
    int maxHeaderBytes = 64 * 1024;
    int maxHeaderFields = 64;
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 256;
    int headerTimeoutMs = 10'000;
    int requestTimeoutMs = 30'000;
    int idleTimeoutMs = 75'000;
    // After an error answer the connection lingers this long, reading and discarding what the
    // client still sends, so that closing does not reset the connection before the client has read
    // the answer (a close with unread input makes the kernel send RST, and the client may then
    // lose our 413 / 431).
    int lingerMs = 2'000;

    static GuardLimits fromConfig(const ReceiverConfig &config);

    // What one request may occupy on the wire: request line, headers, and a body whose chunked
    // framing may at most double it (plus slack). The socket's read buffer is capped at this, so
    // a client can never make a connection buffer more (QT64-NOTES.md: Qt 6.4 buffers any body).
    qint64 maxRequestWireBytes() const;
    // What a lingering close reads and throws away at most before it aborts.
    qint64 maxDrainBytes() const { return 4 * maxRequestWireBytes(); }
};

} // namespace Hookyard::Receiver

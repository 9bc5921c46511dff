#pragma once

#include "core/connector.h"
#include "core/signatureverifier.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace Hookyard::Core {

// What the receiver needs to know of one connector while answering a request.
struct ConnectorRuntime
{
    Connector connector;
    QList<SigningKey> keys; // current first, then the previous one during a rotation
    // Why there are no keys although a secret is saved (a refused secrets file, a locked
    // keychain): the receiver's 503 says that, not "no signing secret yet".
    QString secretProblem;
};

using ConnectorSnapshot = QHash<QString, ConnectorRuntime>; // keyed by connector id

// The live table of connectors and their keys, shared between the engine (which writes it when
// connectors or secrets change) and the receiver thread (which reads it per request).
// Readers take an immutable snapshot: one mutex-guarded shared_ptr copy per request, never a
// lock held while verifying. Thread-safe.
class ConnectorDirectory final
{
public:
    std::shared_ptr<const ConnectorSnapshot> snapshot() const
    {
        QMutexLocker lock(&m_mutex);
        return m_snapshot;
    }
    void replace(ConnectorSnapshot snapshot)
    {
        auto next = std::make_shared<const ConnectorSnapshot>(std::move(snapshot));
        QMutexLocker lock(&m_mutex);
        m_snapshot = std::move(next);
    }

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const ConnectorSnapshot> m_snapshot =
        std::make_shared<const ConnectorSnapshot>();
};

} // namespace Hookyard::Core

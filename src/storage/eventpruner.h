#pragma once

#include <QString>
#include <QtGlobal>

namespace Hookyard::Storage {

class Database;

// Retention: deletes events (and their deliveries and runs) older than a cutoff or beyond the
// newest N, in small batches each in its own transaction, so that receiving never waits long;
// then the kept names of removed connectors none of whose history is left. Runs on the
// retention job's thread with a connection of its own.
class EventPruner final
{
public:
    explicit EventPruner(Database &db);

    // Returns rows removed (events, plus rejected deliveries older than what is kept). Events
    // with queued or running runs are kept until the dispatcher is done with them. 0 for either
    // limit = no limit.
    qint64 prune(qint64 olderThanMs, qint64 keepCount, QString *error);

private:
    Database &m_db;
};

} // namespace Hookyard::Storage

#pragma once

#include "agents/connectorskeyrewriter.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Hookyard::Gui {

// Writes new `connectors:` lists into agent files, off the GUI thread: reading and replacing a
// file can block (a slow disk, a network home folder) and the window must keep painting. The
// catalog's file watcher notices the new files and reloads them; nothing else is told here.
class ConnectorsWriteJob final
{
public:
    struct Change
    {
        QString filePath;
        QString agent; // for messages
        // Runs on the worker thread: it must only read values it owns (capture by copy).
        Agents::ConnectorsKeyRewriter::Decide decide;
    };
    struct Outcome
    {
        QString filePath;
        QString agent;
        bool ok = false;
        bool changed = false;
        QString error;
    };
    using Done = std::function<void(const QList<Outcome> &outcomes)>;

    // Starts the writes on a thread of their own and calls `done` on the main thread with one
    // outcome per change, in order; not at all when `context` was destroyed meanwhile (the files
    // are written all the same).
    static void start(QList<Change> changes, QObject *context, Done done);
};

} // namespace Hookyard::Gui

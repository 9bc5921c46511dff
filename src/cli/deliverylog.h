#pragma once

#include "core/utcstamp.h"
#include "receiver/deliveryreporter.h"

#include <QList>
#include <QThread>

#include <cstdio>

namespace Hookyard::Cli {

// `hookyard serve`'s log on standard output: one line per delivery (time, status, connector,
// event or reason; never a secret or a signature) and one per finished agent run, written by a
// thread of its own.
//
// Why a thread: under a flood the lines cost about 8 us of CPU per delivery (formatting, the
// write, freeing the receiver's notice batches), in bursts every 50 ms (DeliveryReporter), and on
// a machine with two cores the main thread then took turns with the receiver thread on one of
// them. The log thread runs at nice 10 on Linux (a thread may always lower its own priority):
// under contention it yields to the receiver, which holds every connection's answer while it
// waits; idle, it makes no difference. Benchmark pairs in the top-level README (Performance).
// Its only writer to standard output is this thread, and it writes whole lines (deliverylog.cpp
// says why that matters next to standard error); the main thread hands it batches.
class DeliveryLog final
{
    Q_DISABLE_COPY_MOVE(DeliveryLog)
public:
    // Starts the thread. out: the stream to write to (standard output), flushed now and written
    // only by that thread from now on, to its file descriptor.
    explicit DeliveryLog(FILE *out);
    ~DeliveryLog(); // finish() if not called yet

    // Queued to the log thread; in the order called.
    void deliveries(const QList<Receiver::DeliveryNotice> &batch);
    void runFinished(qint64 atMs, qint64 runId, const QString &state);
    // Writes everything handed over so far, then stops the thread.
    void finish();

private:
    class Writer;
    QThread m_thread;
    Writer *m_writer = nullptr; // lives on m_thread
};

} // namespace Hookyard::Cli

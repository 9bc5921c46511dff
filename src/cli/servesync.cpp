#include "cli/servesync.h"

#include "cli/clicontext.h"
#include "engine/engine.h"
#include "engine/webhookurl.h"
#include "storage/connectorrepository.h"
#include "storage/datadirlock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace Hookyard::Cli {

namespace {
// Ten poll intervals of the serving process: a process that has not applied the change by then
// is busy or stuck, and the command should not hang on it.
constexpr int WaitMs = 10 * Engine::Engine::PollIntervalMs + 2000;
constexpr int StepMs = 10;
} // namespace

void waitForServeToApply(CliContext &ctx)
{
    const QString holder = Storage::DataDirLock::currentHolder(ctx.dataDir());
    if (holder.isEmpty() || Engine::readServeAddress(ctx.dataDir()).isEmpty() || !ctx.database())
        return; // nothing serves (or it has not started listening: it reads everything then)
    const qint64 target = Storage::ConnectorRepository(*ctx.database()).configGeneration();
    QDeadlineTimer deadline(WaitMs);
    while (Engine::readServeGeneration(ctx.dataDir()) < target) {
        if (deadline.hasExpired()) {
            ctx.err() << QCoreApplication::translate(
                             "Hookyard::Cli",
                             "Saved, but %1 has not applied the change yet; it will within "
                             "seconds, or at its next start.")
                             .arg(holder)
                      << Qt::endl;
            return;
        }
        QThread::msleep(StepMs);
    }
}

void waitForServeToReadAgents(CliContext &ctx)
{
    if (Storage::DataDirLock::currentHolder(ctx.dataDir()).isEmpty() || !ctx.database())
        return; // nothing serves: the next start reads the folder
    Storage::ConnectorRepository(*ctx.database()).bumpConfigGeneration();
    waitForServeToApply(ctx);
}

} // namespace Hookyard::Cli

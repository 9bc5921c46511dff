#include "gui/connectorswritejob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace Hookyard::Gui {

void ConnectorsWriteJob::start(QList<Change> changes, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    QThread *thread =
        QThread::create([changes = std::move(changes), guard, done = std::move(done)] {
            QList<Outcome> outcomes;
            for (const Change &change : changes) {
                const auto result =
                    Agents::ConnectorsKeyRewriter::rewriteFile(change.filePath, change.decide);
                outcomes.append(
                    { change.filePath, change.agent, result.ok, result.changed, result.error });
            }
            // Through the application object, which outlives the thread: the guard is only read on
            // the main thread, where `context` is destroyed.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done, outcomes] {
                    if (guard)
                        done(outcomes);
                },
                Qt::QueuedConnection);
        });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Hookyard::Gui

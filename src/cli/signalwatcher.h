#pragma once

#include <QObject>

class QSocketNotifier;

namespace Hookyard::Cli {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread (the self-pipe pattern: the
// POSIX handler only writes a byte to a socketpair, which is async-signal-safe). One instance.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Hookyard::Cli

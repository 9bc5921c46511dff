#pragma once

#include <QEventLoop>

#include <functional>

namespace Hookyard::Cli {

// Runs an asynchronous operation (QtKeychain jobs, network replies) to completion for the
// command line, which has nothing else to do meanwhile. `start` receives a `finish` function to
// call when done; it may call it synchronously. Never used on a GUI thread.
inline void blockingCall(const std::function<void(std::function<void()> finish)> &start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

} // namespace Hookyard::Cli

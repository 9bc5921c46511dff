#include "storage/walcheckpointer.h"

#include "core/logging.h"
#include "storage/database.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Hookyard::Storage {

struct WalCheckpointer::State
{
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool started = false;
    bool openFailed = false;
    QString error;
};

WalCheckpointer::WalCheckpointer(QString dataDir, int intervalMs)
    : m_dataDir(std::move(dataDir)), m_intervalMs(qMax(10, intervalMs))
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(QString *error)
{
    if (isRunning())
        return true;
    m_state = std::make_unique<State>();
    State *state = m_state.get();
    state->thread = std::thread([state, dir = m_dataDir, interval = m_intervalMs] {
        QString openError;
        // Its own connection, opened and closed on this thread (Qt SQL connections are per
        // thread).
        auto db = Database::open(dir, QStringLiteral("checkpointer"), &openError);
        {
            std::lock_guard lock(state->mutex);
            state->started = true;
            state->openFailed = !db;
            state->error = openError;
        }
        state->wake.notify_all();
        if (!db)
            return;
        std::unique_lock lock(state->mutex);
        bool warned = false;
        while (!state->wake.wait_for(lock, std::chrono::milliseconds(interval),
                                     [state] { return state->stopping; })) {
            lock.unlock();
            QString e;
            if (!db->checkpoint(&e) && !warned) {
                qCWarning(lcStorage).noquote() << "WAL checkpoint failed:" << e;
                warned = true;
            }
            lock.lock();
        }
        lock.unlock();
        db->checkpoint(nullptr); // leave a short WAL behind
    });
    std::unique_lock lock(state->mutex);
    state->wake.wait(lock, [state] { return state->started; });
    if (state->openFailed) {
        if (error)
            *error = state->error;
        lock.unlock();
        state->thread.join();
        m_state.reset();
        return false;
    }
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_state)
        return;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_all();
    if (m_state->thread.joinable())
        m_state->thread.join();
    m_state.reset();
}

bool WalCheckpointer::isRunning() const
{
    return m_state != nullptr;
}

} // namespace Hookyard::Storage

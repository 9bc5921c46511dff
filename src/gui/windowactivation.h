#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;
class QTimer;

namespace Hookyard::Gui {

// One window per data folder. Only one process serves a folder (the data-dir lock); when the
// desktop app is started again on a folder whose window is already running (from the
// applications menu while Hookyard sits in the tray, say), the new process asks the running one
// to show its window and exits, instead of opening a second, read-only window. The request goes
// over a local socket in the data folder (`window.sock`, owner-only), which the serving window
// listens on; the only requests are "show the window" and "nothing to show" (a second --tray
// start). Where `serve` holds the folder there is no window to show, and the read-only window
// opens as before.
class WindowActivationServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActivationServer)
public:
    explicit WindowActivationServer(QObject *parent = nullptr);
    ~WindowActivationServer() override;

    // Listens for the data folder; call only from the process that holds its lock. False (with
    // the reason in *error) when the socket cannot be made, e.g. a path over the system's limit
    // for socket names: a second start then opens a read-only window, as without this.
    bool listen(const QString &dataDir, QString *error);

    static QString socketPath(const QString &dataDir);

Q_SIGNALS:
    void showRequested();

private:
    void onConnection();

    QLocalServer *m_server;
};

// The asking side, asynchronous: finished(true) once the running window has answered,
// finished(false) at once where nobody listens, or after a second without an answer.
class WindowActivationRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActivationRequest)
public:
    enum class Ask { ShowWindow, NothingToShow };
    WindowActivationRequest(const QString &dataDir, Ask ask, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(bool answered);

private:
    void finish(bool answered);

    QLocalSocket *m_socket;
    QTimer *m_timeout;
    bool m_done = false;
};

} // namespace Hookyard::Gui

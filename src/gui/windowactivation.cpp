#include "gui/windowactivation.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <sys/un.h>

namespace Hookyard::Gui {

namespace {
constexpr int AnswerTimeoutMs = 1000;
const QByteArray ShowLine = QByteArrayLiteral("show\n");
const QByteArray NothingLine = QByteArrayLiteral("tray\n");
const QByteArray AnswerLine = QByteArrayLiteral("ok\n");
constexpr qsizetype MaxRequestBytes = 16;
} // namespace

QString WindowActivationServer::socketPath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("window.sock"));
}

WindowActivationServer::WindowActivationServer(QObject *parent)
    : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &WindowActivationServer::onConnection);
}

WindowActivationServer::~WindowActivationServer()
{
    m_server->close(); // removes the socket file
}

bool WindowActivationServer::listen(const QString &dataDir, QString *error)
{
    const QString path = socketPath(dataDir);
    if (QFile::encodeName(path).size() >= qsizetype(sizeof(sockaddr_un::sun_path))) {
        *error = QStringLiteral("%1 is too long for a local socket").arg(path);
        return false;
    }
    // A socket file left by a process that died: this process holds the folder's lock, so no
    // live window listens on it.
    QLocalServer::removeServer(path);
    if (!m_server->listen(path)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

void WindowActivationServer::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that says nothing is dropped with its socket; nothing waits for it.
        QTimer::singleShot(AnswerTimeoutMs, socket, &QLocalSocket::abort);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxRequestBytes)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(MaxRequestBytes);
            if (line != ShowLine && line != NothingLine) {
                socket->abort();
                return;
            }
            socket->write(AnswerLine);
            socket->disconnectFromServer();
            if (line == ShowLine)
                Q_EMIT showRequested();
        });
    }
}

WindowActivationRequest::WindowActivationRequest(const QString &dataDir, Ask ask, QObject *parent)
    : QObject(parent), m_socket(new QLocalSocket(this)), m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(AnswerTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] { finish(false); });
    connect(m_socket, &QLocalSocket::connected, this,
            [this, ask] { m_socket->write(ask == Ask::ShowWindow ? ShowLine : NothingLine); });
    // The answer and the server's close can arrive together: whichever signal comes first
    // reads the answer if it is there.
    const auto readAnswer = [this] {
        finish(m_socket->canReadLine() && m_socket->readLine(MaxRequestBytes) == AnswerLine);
    };
    connect(m_socket, &QLocalSocket::readyRead, this, [this, readAnswer] {
        if (m_socket->canReadLine())
            readAnswer();
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, readAnswer);
    m_timeout->start();
    // From the event loop: a refused connection reports at once, and finished() must reach
    // whoever connects to it after construction.
    QTimer::singleShot(0, this, [this, path = WindowActivationServer::socketPath(dataDir)] {
        if (QFile::encodeName(path).size() >= qsizetype(sizeof(sockaddr_un::sun_path)))
            finish(false);
        else
            m_socket->connectToServer(path);
    });
}

void WindowActivationRequest::finish(bool answered)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    m_socket->abort();
    Q_EMIT finished(answered);
}

} // namespace Hookyard::Gui

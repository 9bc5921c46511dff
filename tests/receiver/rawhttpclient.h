#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

// A blocking HTTP/1.1 client over a raw QTcpSocket, for what QNetworkAccessManager cannot
// express: malformed lines, huge headers, pipelining, slow clients. The server under test runs
// on its own thread, so blocking waits here are fine.
namespace Hookyard::ReceiverTest {

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

class RawHttpClient
{
public:
    // bindAddress: another loopback address (127.0.0.2 ...) to look like another client.
    explicit RawHttpClient(quint16 port, const QHostAddress &bindAddress = QHostAddress());
    Q_DISABLE_COPY_MOVE(RawHttpClient)

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // Reads until `count` complete responses (interim 1xx ones included) or the timeout.
    QList<RawResponse> read(int count, int timeoutMs = 3000);
    // True when the server closed the connection within the timeout.
    bool waitClosed(int timeoutMs);
    QTcpSocket &socket() { return m_socket; }

    static bool parseOne(QByteArray &buffer, RawResponse *out);

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace Hookyard::ReceiverTest

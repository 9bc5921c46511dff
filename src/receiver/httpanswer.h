#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Hookyard::Receiver {

// One answer of the receiver: a status, a small JSON body, extra headers. Built by the handler and
// the connection guard, written either through QHttpServerResponder (handler) or raw on the socket
// (guard, which answers before QHttpServer has a request to hand out).
struct HttpAnswer
{
    int status = 200;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    bool close = false; // raw answers: add "Connection: close"
    bool staged = false; // a staged delivery's answer: held until its batch commits (CommitBatch)
    QString message; // an error answer's "message" member, for records and logs

    // {"error":"<code>","message":"<plain words>"} (ARCHITECTURE.md section 4)
    static HttpAnswer error(int status, const QString &code, const QString &message);
    // {"received":true,"id":"evt_…"} plus "duplicate":true when it was one
    static HttpAnswer received(const QString &eventId, bool duplicate);

    QByteArray errorCode() const; // the "error" member, empty for a success (for tests / logs)

    // The whole HTTP/1.1 response as bytes, for the guard's raw answers.
    QByteArray toRaw() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace Hookyard::Receiver

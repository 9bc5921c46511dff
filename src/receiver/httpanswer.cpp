#include "receiver/httpanswer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Hookyard::Receiver {

HttpAnswer HttpAnswer::error(int status, const QString &code, const QString &message)
{
    HttpAnswer a;
    a.status = status;
    QJsonObject o;
    o.insert(QStringLiteral("error"), code);
    o.insert(QStringLiteral("message"), message);
    a.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    a.message = message;
    return a;
}

HttpAnswer HttpAnswer::received(const QString &eventId, bool duplicate)
{
    HttpAnswer a;
    a.status = 200;
    // Every accepted delivery gets this answer. Stripe ids are letters, digits and underscores,
    // which need no JSON escaping: write those directly (a QJsonDocument round costs more than
    // the rest of the answer); anything else goes through Qt's JSON writer.
    const bool plain = !eventId.isEmpty() && eventId.size() <= 255
        && std::all_of(eventId.cbegin(), eventId.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                   || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
           });
    if (plain) {
        // Byte for byte what the writer below produces (keys in QJsonObject's sorted order).
        a.body.reserve(64 + eventId.size());
        a.body += duplicate ? QByteArrayLiteral("{\"duplicate\":true,\"id\":\"")
                            : QByteArrayLiteral("{\"id\":\"");
        a.body += eventId.toLatin1();
        a.body += QByteArrayLiteral("\",\"received\":true}");
        return a;
    }
    QJsonObject o;
    o.insert(QStringLiteral("received"), true);
    o.insert(QStringLiteral("id"), eventId);
    if (duplicate)
        o.insert(QStringLiteral("duplicate"), true);
    a.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return a;
}

QByteArray HttpAnswer::errorCode() const
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("error"))
        .toString()
        .toUtf8();
}

QByteArray HttpAnswer::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

QByteArray HttpAnswer::toRaw() const
{
    QByteArray raw;
    raw.reserve(160 + body.size());
    raw += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    raw += "Content-Type: application/json\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        raw += h.first + ": " + h.second + "\r\n";
    if (close)
        raw += "Connection: close\r\n";
    raw += "\r\n";
    raw += body;
    return raw;
}

} // namespace Hookyard::Receiver

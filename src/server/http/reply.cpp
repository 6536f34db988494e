#include "server/http/reply.h"

#include <QJsonDocument>

namespace {

const QByteArray jsonMime = QByteArrayLiteral("application/json");

} // namespace

Reply Reply::json(const QJsonObject &object, int status)
{
    return jsonBytes(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Reply Reply::json(const QJsonArray &array, int status)
{
    return jsonBytes(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

Reply Reply::jsonBytes(const QByteArray &bytes, int status)
{
    Reply reply;
    reply.status = status;
    reply.contentType = jsonMime;
    reply.body = bytes;
    return reply;
}

QByteArray Reply::errorBody(int status, const QString &message)
{
    const QJsonObject error{{QStringLiteral("status"), status}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

Reply Reply::error(int status, const QString &message)
{
    return jsonBytes(errorBody(status, message), status);
}

Reply Reply::text(const QString &text)
{
    Reply reply;
    reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    reply.body = text.toUtf8();
    return reply;
}

Reply Reply::html(const QByteArray &page, int status)
{
    Reply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = page;
    reply.headers.append({QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
                          "form-action 'none'; frame-ancestors 'none'")});
    return reply;
}

Reply Reply::redirect(const QByteArray &location)
{
    Reply reply;
    reply.status = 303;
    reply.headers.append({QByteArrayLiteral("Location"), location});
    return reply;
}

Reply Reply::preserialized(const QByteArray &bytes)
{
    Reply reply;
    reply.serialized = bytes;
    return reply;
}

Reply Reply::webSocketAccept(const QByteArray &acceptKey)
{
    Reply reply;
    reply.status = 101;
    reply.headers = {{QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket")},
        {QByteArrayLiteral("Connection"), QByteArrayLiteral("Upgrade")},
        {QByteArrayLiteral("Sec-WebSocket-Accept"), acceptKey}};
    return reply;
}

Reply &&Reply::withHeader(const QByteArray &name, const QByteArray &value) &&
{
    headers.append({name, value});
    return std::move(*this);
}

const QList<QPair<QByteArray, QByteArray>> &Reply::securityHeaders()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
        {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
        {QByteArrayLiteral("Cross-Origin-Resource-Policy"), QByteArrayLiteral("same-origin")},
    };
    return headers;
}

QByteArray Reply::serialize(Framing framing, Body bodyPart) const
{
    const bool close = framing == Framing::Close;
    if (!serialized.isEmpty()) {
        if (!close && bodyPart == Body::Include)
            return serialized;
        // Rare: a cached answer to HEAD, or to a request that closes the connection.
        const qsizetype headEnd = serialized.indexOf("\r\n\r\n") + 2;
        QByteArray response = serialized.first(headEnd);
        if (close)
            response += "Connection: close\r\n";
        response += "\r\n";
        if (bodyPart == Body::Include)
            response += serialized.sliced(headEnd + 2);
        return response;
    }
    const bool interim = status >= 100 && status < 200;
    QByteArray response;
    response.reserve(256 + body.size());
    response += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty() && !interim)
        response += "Content-Type: " + contentType + "\r\n";
    if (!interim)
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close && !interim)
        response += "Connection: close\r\n";
    for (const auto &[name, value] : securityHeaders())
        response += name + ": " + value + "\r\n";
    for (const auto &[name, value] : headers)
        response += name + ": " + value + "\r\n";
    response += "\r\n";
    if (bodyPart == Body::Include && !interim)
        response += body;
    return response;
}

QByteArray Reply::reasonPhrase(int status)
{
    // Every status this server sends has its phrase: a client may show it.
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 101:
        return QByteArrayLiteral("Switching Protocols");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 426:
        return QByteArrayLiteral("Upgrade Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

#include "server/http/httpresponses.h"

#include <QJsonDocument>

namespace HttpResponses {

namespace {

const QByteArray jsonMime = QByteArrayLiteral("application/json");

} // namespace

QByteArray errorBody(int status, const QString &message)
{
    const QJsonObject error{{QStringLiteral("status"), status}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

QHttpServerResponse error(Status status, const QString &message)
{
    return QHttpServerResponse(jsonMime, errorBody(int(status), message), status);
}

QHttpServerResponse json(const QJsonObject &object, Status status)
{
    return QHttpServerResponse(jsonMime, QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse json(const QJsonArray &array, Status status)
{
    return QHttpServerResponse(jsonMime, QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse jsonBytes(const QByteArray &bytes, Status status)
{
    return QHttpServerResponse(jsonMime, bytes, status);
}

const QList<QPair<QByteArray, QByteArray>> &securityHeaders()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
        {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")},
        {QByteArrayLiteral("Cross-Origin-Resource-Policy"), QByteArrayLiteral("same-origin")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
    };
    return headers;
}

void addSecurityHeaders(QHttpServerResponse &response)
{
    // No route sets these itself, so they are added without looking (hasHeader() costs a
    // tenth of the server's time at full load).
    for (const auto &[name, value] : securityHeaders())
        response.addHeader(name, value);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
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
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Error");
    }
}

QByteArray rawError(int status, const QString &message)
{
    const QByteArray body = errorBody(status, message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n";
    for (const auto &[name, value] : securityHeaders())
        response += name + ": " + value + "\r\n";
    response += "\r\n" + body;
    return response;
}

} // namespace HttpResponses

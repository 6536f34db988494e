#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Every answer of the local server is built here, so errors share one JSON shape
// ({"error":{"status":N,"message":"…"}}) and every response carries the same safety headers.
namespace HttpResponses {

using Status = QHttpServerResponder::StatusCode;

QByteArray errorBody(int status, const QString &message);
QHttpServerResponse error(Status status, const QString &message);
QHttpServerResponse json(const QJsonObject &object, Status status = Status::Ok);
QHttpServerResponse json(const QJsonArray &array, Status status = Status::Ok);
// Pre-serialized JSON, shared without a copy.
QHttpServerResponse jsonBytes(const QByteArray &bytes, Status status = Status::Ok);

// Headers added to every response: no sniffing, no referrer, no caching, no reading by other sites.
const QList<QPair<QByteArray, QByteArray>> &securityHeaders();
void addSecurityHeaders(QHttpServerResponse &response);

// A complete HTTP/1.1 error response for the socket layer, which answers before QHttpServer
// sees the request and always closes afterwards.
QByteArray rawError(int status, const QString &message);
QByteArray reasonPhrase(int status);

} // namespace HttpResponses

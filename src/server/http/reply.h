#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One answer of the local server, written as one buffer per response. Every answer gets the
// same error shape and safety headers: errors are {"error":{"status":N,"message":"…"}}.
struct Reply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A whole response serialized beforehand (the cached /color and /infos answers).
    QByteArray serialized;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply json(const QJsonArray &array, int status = 200);
    static Reply jsonBytes(const QByteArray &bytes, int status = 200);
    static Reply error(int status, const QString &message);
    // Plain UTF-8 text.
    static Reply text(const QString &text);
    // A small self-contained page: its policy lets it load nothing from anywhere.
    static Reply html(const QByteArray &page, int status = 200);
    static Reply redirect(const QByteArray &location);
    static Reply preserialized(const QByteArray &bytes);
    // 101 Switching Protocols for an accepted WebSocket handshake.
    static Reply webSocketAccept(const QByteArray &acceptKey);

    Reply &&withHeader(const QByteArray &name, const QByteArray &value) &&;
    enum class Framing { KeepAlive, Close };
    enum class Body { Include, Omit };
    // The complete HTTP/1.1 response, safety headers included. A HEAD request gets the same
    // head, Content-Length included, without the body. An interim (1xx) answer has neither a
    // body nor a Content-Length, and is never the last on its connection.
    QByteArray serialize(Framing framing = Framing::KeepAlive, Body bodyPart = Body::Include) const;

    static QByteArray errorBody(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
    // On every answer: no sniffing, no referrer, no caching, no reading by other sites.
    static const QList<QPair<QByteArray, QByteArray>> &securityHeaders();
};

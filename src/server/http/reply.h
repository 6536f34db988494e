#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One answer of the local server. MelodyHue writes its answers itself, as one buffer per
// response, instead of through QHttpServerResponder: it is faster, it lets an answer be sent
// later (after a token exchange or a keychain write) without holding Qt's responder across
// event-loop turns, and every answer gets the same error shape and safety headers:
// errors are {"error":{"status":N,"message":"…"}}.
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
    // A small self-contained page: its policy lets it load nothing from anywhere.
    static Reply html(const QByteArray &page, int status = 200);
    static Reply redirect(const QByteArray &location);
    static Reply preserialized(const QByteArray &bytes);

    Reply &&withHeader(const QByteArray &name, const QByteArray &value) &&;
    // The complete HTTP/1.1 response, safety headers included.
    QByteArray serialize(bool closeConnection = false) const;

    static QByteArray errorBody(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
    // On every answer: no sniffing, no referrer, no caching, no reading by other sites.
    static const QList<QPair<QByteArray, QByteArray>> &securityHeaders();
};

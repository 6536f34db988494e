#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// One HTTP/1.x request as a connection read it: the head parsed and checked, the body whole.
struct HttpRequest {
    enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

    Method method = Method::Other;
    QByteArray methodName;
    // As sent: the path and the query, still percent-encoded.
    QByteArray target;
    // Names in lower case, values trimmed, in the order they came.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 contentLength = 0;
    // HTTP/1.0, or "Connection: close": the connection ends after this answer.
    bool closeAfter = false;
    bool http10 = false;
    // "Upgrade: websocket" (among others): the request asks to become a WebSocket, and gets
    // either that or an answer that says why not.
    bool webSocketUpgrade = false;
    // "Connection: upgrade", which a WebSocket handshake must carry too.
    bool connectionUpgrade = false;
    bool expectsContinue = false;

    // The first value of a header; `name` in lower case.
    QByteArray header(QByteArrayView name) const;
    QByteArrayView path() const;
    QByteArrayView query() const;

    static Method methodFrom(QByteArrayView name);
    static QByteArray nameOf(Method method);
};

#include "server/http/websockethandshake.h"

#include "server/http/httprequest.h"

#include <QCryptographicHash>

Reply WebSocketHandshake::answer(const HttpRequest &request)
{
    if (request.method != HttpRequest::Method::Get)
        return Reply::error(400, tr("A WebSocket handshake is a GET request."));
    if (request.http10)
        return Reply::error(400, tr("A WebSocket handshake needs HTTP/1.1."));
    if (!request.connectionUpgrade)
        return Reply::error(400, tr("A WebSocket handshake needs \"Connection: Upgrade\"."));
    if (request.contentLength > 0)
        return Reply::error(400, tr("A WebSocket handshake has no body."));
    const QByteArray version = request.header("sec-websocket-version");
    if (version != "13") {
        const QString message = version.isEmpty()
            ? tr("A WebSocket handshake needs \"Sec-WebSocket-Version: 13\".")
            : tr("WebSocket version %1 is not supported; use version 13.").arg(QString::fromLatin1(version.left(16)));
        return Reply::error(426, message)
            .withHeader(QByteArrayLiteral("Sec-WebSocket-Version"), QByteArrayLiteral("13"))
            .withHeader(QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket"));
    }
    // The key is 16 random bytes in base64: 24 characters ending "==".
    const QByteArray key = request.header("sec-websocket-key");
    const auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != 24 || !decoded || decoded.decoded.size() != 16)
        return Reply::error(400, tr("A WebSocket handshake needs a Sec-WebSocket-Key of 16 bytes in base64."));
    return Reply::webSocketAccept(acceptKey(key));
}

QByteArray WebSocketHandshake::acceptKey(QByteArrayView key)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(key);
    sha1.addData(QByteArrayView("258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
    return sha1.result().toBase64();
}

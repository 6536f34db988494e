#pragma once

#include "server/http/reply.h"

#include <QCoreApplication>

struct HttpRequest;

// The server's side of a WebSocket opening handshake (RFC 6455 §4.2): a request that asks to
// become a WebSocket gets a 101 with the key's answer when it is a whole, valid handshake, and
// otherwise an ordinary JSON error that says what is missing (never a closed socket).
class WebSocketHandshake
{
    Q_DECLARE_TR_FUNCTIONS(WebSocketHandshake)

public:
    static Reply answer(const HttpRequest &request);
    // Sec-WebSocket-Accept for a Sec-WebSocket-Key.
    static QByteArray acceptKey(QByteArrayView key);
};

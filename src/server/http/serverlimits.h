#pragma once

#include <QtGlobal>

#include <chrono>

// What one WebSocket client may cost the server.
struct WebSocketLimits {
    // Bytes written to the client and not yet taken by it: past this, whatever queued them (a
    // message, a pong, a close), the client is cut off.
    qint64 maxUnsentBytes = 256LL * 1024;
    // A message from the client, all its fragments together.
    qint64 maxIncomingMessageBytes = 4096;
    // After sending a close frame: how long to wait for the client's before cutting it off.
    std::chrono::milliseconds closingTime{2000};
};

// What one client may ask of the local server; HttpConnection enforces it for every request.
struct ServerLimits {
    int maxConnections = 256;
    qsizetype maxRequestLineBytes = 8 * qsizetype(1024);
    qsizetype maxHeadBytes = 16 * qsizetype(1024);
    int maxHeaderCount = 64;
    qint64 maxBodyBytes = 1024 * qint64(1024);
    // A connection stops reading new requests while this much of its answers is unsent (the
    // client does not read) or while this many answers are still being prepared.
    qint64 maxUnsentBytes = 128 * qint64(1024);
    int maxPendingAnswers = 32;
    // From the first byte of a request to the end of its headers (slow-loris).
    std::chrono::milliseconds headTimeout{10'000};
    // From the first byte of a request to its last body byte.
    std::chrono::milliseconds requestTimeout{30'000};
    // A kept-alive connection with no request in flight, or answers the client stopped reading.
    std::chrono::milliseconds idleTimeout{60'000};
    // After the last answer of a closing connection: how long to keep reading (and dropping)
    // what the client still sends, so that it gets to read the answer before the close.
    std::chrono::milliseconds lingerTimeout{2'000};
    // Each connection that became a WebSocket.
    WebSocketLimits webSocket;
};

#pragma once

#include <QtGlobal>

#include <chrono>

// What one client may ask of the local server. Qt 6.4's QHttpServer enforces none of this;
// ConnectionGuard does, below it.
struct ServerLimits {
    int maxConnections = 256;
    qsizetype maxRequestLineBytes = 8 * qsizetype(1024);
    qsizetype maxHeadBytes = 16 * qsizetype(1024);
    int maxHeaderCount = 64;
    qint64 maxBodyBytes = 1024 * qint64(1024);
    // From the first byte of a request to the end of its headers (slow-loris).
    std::chrono::milliseconds headTimeout{10'000};
    // From the first byte of a request to its last body byte.
    std::chrono::milliseconds requestTimeout{30'000};
    // A kept-alive connection with no request in flight.
    std::chrono::milliseconds idleTimeout{60'000};
    // After a refusal: how long to keep reading (and dropping) what the client still sends,
    // so it gets to read the answer before the connection closes.
    std::chrono::milliseconds lingerTimeout{2'000};
};

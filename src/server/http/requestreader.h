#pragma once

#include "server/http/httprequest.h"
#include "server/http/serverlimits.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

// Reads the HTTP/1.x requests of one connection, one at a time. The head is read line by line
// and the body by its Content-Length, never past the end of the current request: every byte is
// read once, and what follows stays in the socket for the next request (or, after a WebSocket
// handshake, for the WebSocket). A request that breaks a limit is refused as soon as the
// breach shows, before anything large is buffered or anything is routed.
class RequestReader
{
    Q_DECLARE_TR_FUNCTIONS(RequestReader)

public:
    enum class State { Idle, Head, Body, Complete, Rejected };
    enum class Event { NeedMore, HeadComplete, RequestComplete, Rejected };
    struct Rejection {
        int status = 0;
        QString message;
    };

    RequestReader(const ServerLimits &limits, QByteArrayList allowedHosts);

    // Reads what the current request still needs from `device`. The head is read inside a
    // transaction of the device: after HeadComplete, keepHead() goes on with the request.
    Event readFrom(QIODevice &device);
    void keepHead(QIODevice &device);

    State state() const { return m_state; }
    // Once the head is complete: the request as read so far.
    const HttpRequest &request() const { return m_request; }
    // After RequestComplete: the whole request; the reader then waits for the next one.
    HttpRequest takeRequest();
    const Rejection &rejection() const { return m_rejection; }

    static QByteArrayList allowedHostsForPort(quint16 port);

private:
    bool startRequest(QIODevice &device);
    Event readHead(QIODevice &device);
    Event readBody(QIODevice &device);
    std::optional<Rejection> parseRequestLine(QByteArrayView line);
    std::optional<Rejection> parseHeaderLine(QByteArrayView line);
    std::optional<Rejection> finishHead();
    Event reject(QIODevice &device, Rejection rejection);
    void reset();

    ServerLimits m_limits;
    QByteArrayList m_allowedHosts;
    State m_state = State::Idle;
    HttpRequest m_request;
    Rejection m_rejection;
    QByteArray m_line;
    qsizetype m_headBytes = 0;
    bool m_requestLineRead = false;
};

#pragma once

#include "server/http/requestframer.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

class QTcpSocket;

// Watches one client connection under QHttpServer. It reads each chunk before QHttpServer does
// (its readyRead slot is connected first), checks it with a RequestFramer and, on a broken
// rule or a missed deadline, answers the error itself and closes the connection, so QHttpServer
// never buffers an oversized or foreign request. It also closes the connection after the
// response when the client asked for it (HTTP/1.0, "Connection: close"), which Qt 6.4 ignores.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits, QByteArrayList allowedHosts, QObject *httpServer);

    // Called by the server's sweep timer: enforces the head, request and idle deadlines.
    void checkDeadlines();
    bool isUpgraded() const { return m_framer.state() == RequestFramer::State::Upgraded; }

private:
    void onReadyRead();
    void onBytesWritten();
    void closeWhenFlushed();
    void updateDeadlines();
    void refuse(int status, const QString &message);
    void dropIncoming();

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    ServerLimits m_limits;
    RequestFramer m_framer;
    QByteArray m_peeked;
    int m_timedRequest = 0;
    QDeadlineTimer m_headDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_requestDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_idleDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_lingerDeadline{QDeadlineTimer::Forever};
    bool m_refused = false;
};

#pragma once

#include "server/http/refusallog.h"
#include "server/http/serverlimits.h"
#include "server/http/websocketpeer.h"

#include <QByteArrayList>
#include <QList>
#include <QTcpServer>
#include <QTimer>

class HttpConnection;
class RequestHandler;

// MelodyHue's own HTTP/1.1 server (the transport, as in qBittorrent): it accepts connections
// up to a cap, giving the one that has made the least progress up for a newcomer, runs an
// HttpConnection on each, checks their deadlines on one timer, and turns connections whose
// WebSocket handshake was accepted into WebSocketPeers. Which requests exist and what they
// answer is the RequestHandler's business.
class HttpServer : public QTcpServer
{
    Q_OBJECT

public:
    HttpServer(const ServerLimits &limits, RequestHandler &handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // The Host values this server accepts; call after listen(), once the port is known.
    void allowHostsForPort(quint16 port);

    struct Load {
        int connections = 0;
        // Connections that stopped reading because their client does not read its answers.
        int waitingForClient = 0;
        qint64 unsentBytes = 0;
    };
    Load load() const;
    // Closes every connection at once (the listening socket stays as it is).
    void dropConnections();

Q_SIGNALS:
    // A child of the server until the receiver re-parents it.
    void webSocketConnected(WebSocketPeer *peer);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void makeRoom();
    void sweep();

    ServerLimits m_limits;
    RequestHandler &m_handler;
    QByteArrayList m_allowedHosts;
    QList<HttpConnection *> m_connections;
    QTimer m_sweepTimer;
    RefusalLog m_refusals;
};

#include "server/http/httpserver.h"

#include "server/http/httpconnection.h"
#include "server/http/requestreader.h"

#include "server/http/websocketpeer.h"

#include <QTcpSocket>

#include <algorithm>

using namespace std::chrono_literals;

HttpServer::HttpServer(const ServerLimits &limits, RequestHandler &handler, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_handler(handler)
{
    // Deadlines are checked by one timer for all connections, at a fraction of the shortest one.
    const auto shortest
        = std::min({limits.headTimeout, limits.requestTimeout, limits.idleTimeout, limits.lingerTimeout});
    m_sweepTimer.setInterval(std::clamp<std::chrono::milliseconds>(shortest / 4, 20ms, 1000ms));
    connect(&m_sweepTimer, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer()
{
    // Connections go first: their sockets must not outlive the server's bookkeeping.
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

void HttpServer::allowHostsForPort(quint16 port)
{
    m_allowedHosts = RequestReader::allowedHostsForPort(port);
}

HttpServer::Load HttpServer::load() const
{
    Load load;
    load.connections = int(m_connections.size());
    for (const HttpConnection *connection : m_connections) {
        load.waitingForClient += connection->isWaitingForClient() ? 1 : 0;
        load.unsentBytes += connection->unsentBytes();
    }
    return load;
}

void HttpServer::dropConnections()
{
    const QList<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->abort();
}

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    makeRoom();
    auto *connection = new HttpConnection(socket, m_limits, m_allowedHosts, m_handler, this);
    m_connections.append(connection);
    connect(connection, &QObject::destroyed, this, [this, connection] { m_connections.removeOne(connection); });
    connect(connection, &HttpConnection::refused, &m_refusals, &RefusalLog::record);
    connect(connection, &HttpConnection::webSocketAccepted, this,
        [this, connection](QTcpSocket *handedOver, const QByteArray &target) {
            m_connections.removeOne(connection);
            // Owned by the server until a receiver takes it.
            Q_EMIT webSocketConnected(new WebSocketPeer(handedOver, target, m_limits.webSocket, this));
        });
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
    // The connection reads the socket itself; QTcpServer's pending queue is not used.
}

void HttpServer::makeRoom()
{
    if (m_connections.size() < m_limits.maxConnections || m_connections.isEmpty())
        return;
    // A slow-loris client holds connections without ever finishing a request; an overlay's
    // connection is served again and again. The one that has moved least recently goes.
    HttpConnection *stalest = *std::min_element(m_connections.cbegin(), m_connections.cend(),
        [](const HttpConnection *a, const HttpConnection *b) { return a->lastProgressMs() < b->lastProgressMs(); });
    m_connections.removeOne(stalest);
    m_refusals.record(503, QStringLiteral("closed the connection that had made the least progress, for a new one"));
    stalest->abort();
}

void HttpServer::sweep()
{
    if (m_connections.isEmpty()) {
        m_sweepTimer.stop();
        return;
    }
    // Checking may close connections: iterate over a copy.
    const QList<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections) {
        if (m_connections.contains(connection))
            connection->checkDeadlines();
    }
}

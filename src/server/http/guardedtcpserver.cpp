#include "server/http/guardedtcpserver.h"

#include "server/http/connectionguard.h"
#include "server/http/reply.h"
#include "server/http/requestframer.h"

#include <QTcpSocket>

#include <algorithm>

using namespace std::chrono_literals;

GuardedTcpServer::GuardedTcpServer(const ServerLimits &limits, QObject *httpServer, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_httpServer(httpServer)
{
    // Deadlines are checked by one timer for all connections, at a fraction of the shortest one.
    const auto shortest
        = std::min({limits.headTimeout, limits.requestTimeout, limits.idleTimeout, limits.lingerTimeout});
    m_sweepTimer.setInterval(std::clamp<std::chrono::milliseconds>(shortest / 4, 20ms, 1000ms));
    connect(&m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
}

void GuardedTcpServer::allowHostsForPort(quint16 port)
{
    m_allowedHosts = RequestFramer::allowedHostsForPort(port);
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_guards.size() >= m_limits.maxConnections) {
        refuseOverCapacity(socketDescriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, m_allowedHosts, m_httpServer);
    m_guards.append(guard);
    connect(guard, &QObject::destroyed, this, [this, guard] { m_guards.removeOne(guard); });
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
    // The guard's readyRead connection exists before QHttpServer connects its own.
    addPendingConnection(socket);
}

void GuardedTcpServer::refuseOverCapacity(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    socket->write(
        Reply::error(503, tr("Too many open connections to MelodyHue; try again in a moment.")).serialize(true));
    socket->disconnectFromHost();
}

void GuardedTcpServer::sweep()
{
    if (m_guards.isEmpty()) {
        m_sweepTimer.stop();
        return;
    }
    // Checking may close sockets and destroy guards: iterate over a copy.
    const QList<ConnectionGuard *> guards = m_guards;
    for (ConnectionGuard *guard : guards) {
        if (m_guards.contains(guard))
            guard->checkDeadlines();
    }
}

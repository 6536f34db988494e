#pragma once

#include "server/http/serverlimits.h"

#include <QByteArrayList>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class ConnectionGuard;

// The TCP listener under QHttpServer (bound with QAbstractHttpServer::bind). It caps the number
// of open connections and puts a ConnectionGuard on every socket before QHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ServerLimits &limits, QObject *httpServer, QObject *parent = nullptr);

    // The Host values this listener accepts; call after listen(), once the port is known.
    void allowHostsForPort(quint16 port);
    int openConnections() const { return int(m_guards.size()); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void sweep();
    void refuseOverCapacity(qintptr socketDescriptor);

    ServerLimits m_limits;
    QPointer<QObject> m_httpServer;
    QByteArrayList m_allowedHosts;
    QList<ConnectionGuard *> m_guards;
    QTimer m_sweepTimer;
};

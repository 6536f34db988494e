#include "streamingserver.h"

#include <QTcpSocket>

StreamingServer::StreamingServer(QByteArray head, Body body, std::chrono::milliseconds dripInterval)
    : m_head(std::move(head))
    , m_body(body)
    , m_dripInterval(dripInterval)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &StreamingServer::onConnection);
}

QUrl StreamingServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void StreamingServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++m_closed;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            // The head is answered once; what follows it is not read.
            if (socket->property("answered").toBool() || !socket->readAll().contains("\r\n\r\n"))
                return;
            socket->setProperty("answered", true);
            socket->write(m_head);
            if (m_body == Body::Endless) {
                connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { feed(socket); });
                feed(socket);
                return;
            }
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [this, socket] {
                socket->write("x", 1);
                ++m_sent;
            });
            drip->start(m_dripInterval);
        });
    }
}

void StreamingServer::feed(QTcpSocket *socket)
{
    // Keeps a little queued: as fast as the client reads, no faster.
    static const QByteArray chunk(64 * 1024, '\xff');
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size()) {
        socket->write(chunk);
        m_sent += chunk.size();
    }
}

#include "streamingserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

StreamingServer::StreamingServer(QByteArray head, Body body, std::chrono::milliseconds dripInterval)
    : m_head(std::move(head))
    , m_body(body)
    , m_dripInterval(dripInterval)
    , m_server(new QTcpServer)
{
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            connect(m_server, &QTcpServer::newConnection, m_server, [this] { onConnection(); });
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

StreamingServer::~StreamingServer()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl StreamingServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void StreamingServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
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
                // 16 KB a millisecond at most, as a fast network would bring it (an unpaced
                // writer on loopback outruns a client slowed by AddressSanitizer, whose
                // network thread then never gets to its abort).
                auto *pace = new QTimer(socket);
                connect(pace, &QTimer::timeout, socket, [this, socket] { feed(socket); });
                pace->start(1);
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
    static const QByteArray chunk(16 * 1024, '\xff');
    if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size()) {
        socket->write(chunk);
        m_sent += chunk.size();
    }
}

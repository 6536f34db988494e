#include "server/api/livefeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLiveFeed, "melodyhue.server.ws")

LiveFeed::LiveFeed(QObject *parent)
    : QObject(parent)
{
    m_pingTimer.setInterval(pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveFeed::ping);
}

LiveFeed::~LiveFeed()
{
    closeAll();
}

void LiveFeed::add(QWebSocket *socket, const QByteArray &current)
{
    socket->setParent(this);
    if (m_clients.size() >= maximumClients) {
        qCInfo(lcLiveFeed) << "refused a client: already" << m_clients.size();
        // 1008 rather than 1013 ("try again later"), which Qt 6.4's own clients take for a
        // protocol error.
        closeGracefully(
            socket, QWebSocketProtocol::CloseCodePolicyViolated, tr("Too many live clients; try again later."));
        return;
    }
    // Overlays only listen: a client that talks gets nothing but its pongs read.
    socket->setMaxAllowedIncomingMessageSize(4096);
    socket->setMaxAllowedIncomingFrameSize(4096);
    connect(socket, &QWebSocket::disconnected, this,
        [this, socket] { drop(socket, QWebSocketProtocol::CloseCodeNormal, QString()); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        for (Client &client : m_clients) {
            if (client.socket == socket)
                client.awaitingPong = false;
        }
    });
    m_clients.append({socket, QUrlQuery(socket->requestUrl()).queryItemValue(u"overlay"_s)});
    if (!m_pingTimer.isActive())
        m_pingTimer.start();
    send(m_clients.last(), current);
    Q_EMIT clientCountChanged();
}

void LiveFeed::publish(const QByteArray &message)
{
    // Sending may drop a client: walk a copy of the list.
    const QList<Client> clients = m_clients;
    for (Client client : clients)
        send(client, message);
}

void LiveFeed::notifyOverlayChanged(const QString &id)
{
    const QByteArray message = QJsonDocument(QJsonObject{{u"overlay_changed"_s, id}}).toJson(QJsonDocument::Compact);
    const QList<Client> clients = m_clients;
    for (Client client : clients) {
        if (client.overlay == id)
            send(client, message);
    }
}

void LiveFeed::send(Client &client, const QByteArray &message)
{
    if (client.socket->bytesToWrite() > maximumUnsentBytes) {
        qCInfo(lcLiveFeed) << "dropped a client that does not read";
        drop(client.socket, QWebSocketProtocol::CloseCodePolicyViolated, tr("The client does not read its messages."));
        return;
    }
    client.socket->sendTextMessage(QString::fromUtf8(message));
}

void LiveFeed::ping()
{
    const QList<Client> clients = m_clients;
    for (const Client &client : clients) {
        if (client.awaitingPong) {
            drop(client.socket, QWebSocketProtocol::CloseCodeGoingAway, tr("No answer to ping."));
            continue;
        }
        client.socket->ping();
    }
    for (Client &client : m_clients)
        client.awaitingPong = true;
}

void LiveFeed::drop(QWebSocket *socket, int closeCode, const QString &reason)
{
    const auto found = std::find_if(
        m_clients.begin(), m_clients.end(), [socket](const Client &client) { return client.socket == socket; });
    if (found == m_clients.end())
        return;
    m_clients.erase(found);
    socket->disconnect(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::ConnectedState
        && closeCode != QWebSocketProtocol::CloseCodePolicyViolated) {
        socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
        // A client that never completes the closing handshake is cut off.
        QTimer::singleShot(closingTime, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    } else {
        // A client that does not read would never see the close frame.
        socket->abort();
        socket->deleteLater();
    }
    if (m_clients.isEmpty())
        m_pingTimer.stop();
    Q_EMIT clientCountChanged();
}

void LiveFeed::closeGracefully(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    socket->close(code, reason);
    // A client that never completes the closing handshake is cut off.
    QTimer::singleShot(closingTime, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void LiveFeed::closeAll()
{
    while (!m_clients.isEmpty())
        drop(m_clients.constFirst().socket, QWebSocketProtocol::CloseCodeGoingAway, tr("MelodyHue is quitting."));
}

#include "server/api/livefeed.h"

#include "server/http/websocketpeer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLiveFeed, "melodyhue.server.livefeed")

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

void LiveFeed::add(WebSocketPeer *peer, const QByteArray &current)
{
    peer->setParent(this);
    connect(peer, &WebSocketPeer::disconnected, peer, &QObject::deleteLater);
    if (m_clients.size() >= maximumClients) {
        qCInfo(lcLiveFeed) << "refused a client: already" << m_clients.size();
        // 1008 rather than 1013 ("try again later"), which Qt 6.4's own clients take for a
        // protocol error.
        peer->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("Too many live clients; try again later."));
        return;
    }
    connect(peer, &WebSocketPeer::disconnected, this,
        [this, peer] { drop(peer, QWebSocketProtocol::CloseCodeNormal, QString()); });
    connect(peer, &WebSocketPeer::pongReceived, this, [this, peer] {
        for (Client &client : m_clients) {
            if (client.peer == peer)
                client.awaitingPong = false;
        }
    });
    const QUrlQuery query(QUrl::fromEncoded(peer->target()));
    m_clients.append({peer, query.queryItemValue(u"overlay"_s, QUrl::FullyDecoded)});
    if (!m_pingTimer.isActive())
        m_pingTimer.start();
    peer->sendText(current);
    Q_EMIT clientCountChanged();
}

void LiveFeed::publish(const QByteArray &message)
{
    // Sending may cut a client off, which drops it from the list: walk a copy.
    const QList<Client> clients = m_clients;
    for (const Client &client : clients)
        client.peer->sendText(message);
}

void LiveFeed::notifyOverlayChanged(const QString &id)
{
    const QByteArray message = QJsonDocument(QJsonObject{{u"overlay_changed"_s, id}}).toJson(QJsonDocument::Compact);
    const QList<Client> clients = m_clients;
    for (const Client &client : clients) {
        if (client.overlay == id)
            client.peer->sendText(message);
    }
}

void LiveFeed::ping()
{
    const QList<Client> clients = m_clients;
    for (const Client &client : clients) {
        if (client.awaitingPong) {
            drop(client.peer, QWebSocketProtocol::CloseCodeGoingAway, tr("No answer to ping."));
            continue;
        }
        client.peer->ping();
    }
    for (Client &client : m_clients)
        client.awaitingPong = true;
}

void LiveFeed::drop(WebSocketPeer *peer, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    const auto found = std::find_if(
        m_clients.begin(), m_clients.end(), [peer](const Client &client) { return client.peer == peer; });
    if (found == m_clients.end())
        return;
    m_clients.erase(found);
    peer->disconnect(this);
    // Gone already, or told why; it deletes itself once disconnected.
    peer->close(code, reason);
    if (m_clients.isEmpty())
        m_pingTimer.stop();
    Q_EMIT clientCountChanged();
}

void LiveFeed::closeAll()
{
    while (!m_clients.isEmpty()) {
        WebSocketPeer *peer = m_clients.constFirst().peer;
        drop(peer, QWebSocketProtocol::CloseCodeGoingAway, tr("MelodyHue is quitting."));
    }
}

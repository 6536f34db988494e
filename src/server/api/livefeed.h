#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

class WebSocketPeer;

// The /ws WebSocket: each client gets the /infos JSON once on connect and again on every
// change. Clients are capped; one that does not answer pings is dropped, and one that does not
// read is cut off by its WebSocketPeer, so a slow client never holds the others back.
class LiveFeed : public QObject
{
    Q_OBJECT

public:
    explicit LiveFeed(QObject *parent = nullptr);
    ~LiveFeed() override;

    // Takes the peer over; `current` is sent at once. An overlay page connects with
    // ?overlay={id} to hear when that overlay changes.
    void add(WebSocketPeer *peer, const QByteArray &current);
    void publish(const QByteArray &message);
    // Tells the pages of this overlay to load it again: {"overlay_changed":"{id}"}.
    void notifyOverlayChanged(const QString &id);
    void closeAll();
    int clientCount() const { return int(m_clients.size()); }

    static constexpr int maximumClients = 64;
    static constexpr std::chrono::seconds pingInterval{30};

Q_SIGNALS:
    void clientCountChanged();

private:
    struct Client {
        WebSocketPeer *peer;
        QString overlay;
        bool awaitingPong = false;
    };

    void drop(WebSocketPeer *peer, QWebSocketProtocol::CloseCode code, const QString &reason);
    void ping();

    QList<Client> m_clients;
    QTimer m_pingTimer;
};

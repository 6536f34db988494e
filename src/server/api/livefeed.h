#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

class QWebSocket;

// The /ws WebSocket: each client gets the /infos JSON once on connect and again on every
// change. Clients are capped; one that does not read (its unsent bytes pass a bound) or does
// not answer pings is dropped, so a slow client never holds the others back.
class LiveFeed : public QObject
{
    Q_OBJECT

public:
    explicit LiveFeed(QObject *parent = nullptr);
    ~LiveFeed() override;

    // Takes the socket over; `current` is sent at once. An overlay page connects with
    // ?overlay={id} to hear when that overlay changes.
    void add(QWebSocket *socket, const QByteArray &current);
    void publish(const QByteArray &message);
    // Tells the pages of this overlay to load it again: {"overlay_changed":"{id}"}.
    void notifyOverlayChanged(const QString &id);
    void closeAll();
    int clientCount() const { return int(m_clients.size()); }

    static constexpr int maximumClients = 64;
    static constexpr qint64 maximumUnsentBytes = 256LL * 1024;
    static constexpr std::chrono::seconds pingInterval{30};
    static constexpr std::chrono::seconds closingTime{2};

Q_SIGNALS:
    void clientCountChanged();

private:
    struct Client {
        QWebSocket *socket;
        QString overlay;
        bool awaitingPong = false;
    };

    void send(Client &client, const QByteArray &message);
    void drop(QWebSocket *socket, int closeCode, const QString &reason);
    void ping();
    void closeGracefully(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &reason);

    QList<Client> m_clients;
    QTimer m_pingTimer;
};

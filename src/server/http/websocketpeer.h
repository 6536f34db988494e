#pragma once

#include "server/http/serverlimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <chrono>
#include <optional>

class QTcpSocket;

// The server's side of one WebSocket connection after its handshake (RFC 6455), for clients that
// mostly listen: it sends text messages and pings, answers pings and the closing handshake, and
// reads what the client sends under the RFC's rules and this server's bounds. A client that
// breaks the protocol (an unmasked frame, reserved bits or opcodes, a fragmented or oversized
// control frame, a message past its limit, text that is not UTF-8) is closed with the matching
// code; one that stops reading is cut off as soon as its unsent bytes pass their bound, so that
// nothing a client does can make the server hold more than that for it.
class WebSocketPeer : public QObject
{
    Q_OBJECT

public:
    // Takes `socket` over; `target` is the handshake's path and query.
    WebSocketPeer(QTcpSocket *socket, QByteArray target, const WebSocketLimits &limits, QObject *parent = nullptr);
    ~WebSocketPeer() override;

    QByteArray target() const { return m_target; }
    bool isOpen() const { return m_state == State::Open; }
    qint64 unsentBytes() const;

    void sendText(const QByteArray &utf8);
    void ping();
    // Starts the closing handshake; the client is cut off if it does not answer in time.
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    // Drops the connection at once (a client that does not read would never see a close frame).
    void abort();

Q_SIGNALS:
    void pongReceived();
    // Once, when the connection has ended, however it ended.
    void disconnected();

private:
    // Closing: this side sent its close frame and waits for the client's. Failed: the
    // connection is ending and nothing more is read.
    enum class State { Open, Closing, Failed, Gone };
    struct Frame {
        bool final = false;
        int opcode = 0;
        QByteArray payload;
    };

    void onReadyRead();
    // A whole frame from the socket's buffer, or nothing while it is incomplete; fails the
    // connection (and returns nothing) when the frame breaks a rule.
    std::optional<Frame> takeFrame();
    void handle(Frame frame);
    void handleClose(const QByteArray &payload);
    void writeFrame(int opcode, QByteArrayView payload);
    void fail(QWebSocketProtocol::CloseCode code, const QString &reason);
    void finish();

    QTcpSocket *m_socket;
    QByteArray m_target;
    WebSocketLimits m_limits;
    State m_state = State::Open;
    // A text or binary message being received in fragments.
    int m_messageOpcode = 0;
    QByteArray m_message;
    QTimer m_closingTimer;
    bool m_finished = false;
};

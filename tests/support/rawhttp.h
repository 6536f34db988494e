#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QTcpSocket>

#include <optional>

// One HTTP/1.x response as read off the wire.
struct RawResponse {
    int status = 0;
    QByteArray reason;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
    QString errorMessage() const;
};

// One WebSocket frame as the server sent it (unmasked, unfragmented).
struct RawFrame {
    int opcode = 0;
    QByteArray payload;
    // Of a close frame.
    int closeCode() const;
};

// A bare TCP client that writes requests byte for byte, so tests can send what browsers and
// QNetworkAccessManager never would (foreign Host, slow heads, lying Content-Length...).
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port);

    bool connectToServer(int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    // Waits, running the event loop, for one complete response. The answer to a HEAD request
    // has no body whatever its Content-Length says: pass `bodiless`.
    std::optional<RawResponse> readResponse(int timeoutMs = 5000, bool bodiless = false);
    // After a WebSocket handshake: waits for one frame from the server.
    std::optional<RawFrame> readFrame(int timeoutMs = 5000);
    // A frame as a client sends it: masked unless told otherwise.
    static QByteArray clientFrame(int opcode, const QByteArray &payload, bool masked = true, bool final = true);
    // Waits for the server to close the connection.
    bool waitForClosed(int timeoutMs = 5000);
    bool isConnected() const;
    // What arrived after the responses read so far.
    QByteArray unreadBytes() const { return m_buffer.mid(m_consumed); }
    QTcpSocket &socket() { return m_socket; }

    static QByteArray request(const QByteArray &method, const QByteArray &path, quint16 port,
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});

private:
    void receive();
    std::optional<RawResponse> takeResponse(bool bodiless);
    std::optional<RawFrame> takeFrame();

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_consumed = 0;
};

// One request on a fresh connection: the common case.
RawResponse httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});

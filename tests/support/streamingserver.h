#pragma once

#include <QByteArray>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <chrono>

class QTcpServer;
class QTcpSocket;

// A web server that answers every request with one head and then a body that may never end:
// as much as the client takes, up to 16 MB/s (endless), or one byte at a time (dripping). It counts what it
// sent, so tests can tell that a client stopped reading. It runs on a thread of its own, as a
// remote server would: writing as fast as the client reads never holds up the client's own
// event loop (under AddressSanitizer it did, and the client's abort waited behind it).
class StreamingServer : public QObject
{
    Q_OBJECT

public:
    enum class Body { Endless, Dripping };

    // `head` is the whole response head, ending with an empty line.
    StreamingServer(
        QByteArray head, Body body, std::chrono::milliseconds dripInterval = std::chrono::milliseconds(200));
    ~StreamingServer() override;

    QUrl url(const QString &path = QStringLiteral("/cover.jpg")) const;
    qint64 bytesSent() const { return m_sent.load(); }
    int closedByClient() const { return m_closed.load(); }

private:
    // On the server's thread.
    void onConnection();
    void feed(QTcpSocket *socket);

    const QByteArray m_head;
    const Body m_body;
    const std::chrono::milliseconds m_dripInterval;
    QThread m_thread;
    // Lives on m_thread, deleted there when it finishes.
    QTcpServer *m_server;
    quint16 m_port = 0;
    std::atomic<qint64> m_sent = 0;
    std::atomic<int> m_closed = 0;
};

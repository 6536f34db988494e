#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <chrono>

// A web server that answers every request with one head and then a body that may never end:
// as much as the client takes (endless), or one byte at a time (dripping). It counts what it
// sent, so tests can tell that a client stopped reading.
class StreamingServer : public QObject
{
    Q_OBJECT

public:
    enum class Body { Endless, Dripping };

    // `head` is the whole response head, ending with an empty line.
    StreamingServer(
        QByteArray head, Body body, std::chrono::milliseconds dripInterval = std::chrono::milliseconds(200));

    QUrl url(const QString &path = QStringLiteral("/cover.jpg")) const;
    qint64 bytesSent() const { return m_sent; }
    int closedByClient() const { return m_closed; }

private:
    void onConnection();
    void feed(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_head;
    Body m_body;
    std::chrono::milliseconds m_dripInterval;
    qint64 m_sent = 0;
    int m_closed = 0;
};

#pragma once

#include "server/http/reply.h"
#include "server/http/requestreader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <optional>

class QTcpSocket;
class RequestHandler;

// One client connection of the local server. It reads each request with a RequestReader,
// hands it to the RequestHandler, and writes the answers in request order (HTTP/1.1
// pipelining), whether they come at once or later. It enforces the deadlines of ServerLimits,
// stops reading while the client does not read its answers, closes after a refused request
// or one that asked to close (answering everything before it first), and gives the socket
// away once it has sent the 101 that accepts a WebSocket handshake (a refused handshake gets
// its error, then the connection closes).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, const ServerLimits &limits, QByteArrayList allowedHosts, RequestHandler &handler,
        QObject *parent = nullptr);

    // Called by the server's sweep timer.
    void checkDeadlines();
    // When the connection last moved forward (accepted, or a request read), on the steady clock.
    qint64 lastProgressMs() const { return m_lastProgress.msecsSinceReference(); }
    qint64 unsentBytes() const;
    bool isWaitingForClient() const { return m_waitingForClient; }
    void abort();

Q_SIGNALS:
    void refused(int status, const QString &message);
    // An accepted WebSocket handshake, answered: `socket` now belongs to the receiver, with
    // whatever the client sent after the handshake still unread; `target` is the handshake's.
    void webSocketAccepted(QTcpSocket *socket, const QByteArray &target);

private:
    friend class HttpResponder;
    void answer(quint64 ticket, const Reply &reply);

    enum class Phase { Reading, Upgrading, Closing, Lingering, Gone };
    struct Answer {
        std::optional<QByteArray> bytes;
        Reply::Framing framing;
        Reply::Body body;
    };

    void onReadyRead();
    void process();
    void onHeadComplete();
    void dispatch(HttpRequest request);
    void refuse(int status, const QString &message);
    void flush();
    bool isBackedUp() const;
    bool hasRoom() const;
    void waitForClient();
    void resume();
    void onBytesWritten();
    void startLingering();
    void handOver();
    void updateIdleDeadline();

    QTcpSocket *m_socket;
    RequestHandler &m_handler;
    ServerLimits m_limits;
    RequestReader m_reader;
    std::deque<Answer> m_answers;
    quint64 m_firstTicket = 0;
    Phase m_phase = Phase::Reading;
    bool m_processing = false;
    bool m_waitingForClient = false;
    bool m_writeShutDown = false;
    QElapsedTimer m_lastProgress;
    QDeadlineTimer m_headDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_requestDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_idleDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_writeDeadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_lingerDeadline{QDeadlineTimer::Forever};
    qint64 m_lastUnsent = 0;
    QByteArray m_upgradeTarget;
    bool m_upgradeAccepted = false;
};

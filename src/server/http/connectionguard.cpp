#include "server/http/connectionguard.h"

#include "server/http/reply.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttpGuard, "melodyhue.server.guard")

ConnectionGuard::ConnectionGuard(
    QTcpSocket *socket, const ServerLimits &limits, QByteArrayList allowedHosts, QObject *httpServer)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_framer(limits, std::move(allowedHosts))
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    updateDeadlines();
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        dropIncoming();
        return;
    }
    if (isUpgraded())
        return;

    const int completedBefore = m_framer.completedRequests();
    // peek() leaves the bytes in place for QHttpServer, whose slot runs right after this one.
    // The buffer keeps its capacity from one request to the next.
    m_peeked.resize(m_socket->bytesAvailable());
    m_peeked.resize(std::max<qint64>(m_socket->peek(m_peeked.data(), m_peeked.size()), 0));
    if (const auto rejection = m_framer.feed(m_peeked)) {
        refuse(rejection->status, rejection->message);
        return;
    }
    if (m_framer.completedRequests() > completedBefore && m_framer.closeRequested())
        closeWhenFlushed();
    updateDeadlines();
}

void ConnectionGuard::updateDeadlines()
{
    constexpr auto forever = QDeadlineTimer::Forever;
    // A request that began since the last look starts its clocks, even if its head is already
    // complete (head and body often arrive in one chunk).
    if (m_timedRequest != m_framer.startedRequests()) {
        m_timedRequest = m_framer.startedRequests();
        m_headDeadline.setRemainingTime(m_limits.headTimeout);
        m_requestDeadline.setRemainingTime(m_limits.requestTimeout);
    }
    switch (m_framer.state()) {
    case RequestFramer::State::Idle:
        m_headDeadline = QDeadlineTimer(forever);
        m_requestDeadline = QDeadlineTimer(forever);
        if (m_idleDeadline.isForever())
            m_idleDeadline.setRemainingTime(m_limits.idleTimeout);
        break;
    case RequestFramer::State::Head:
        m_idleDeadline = QDeadlineTimer(forever);
        break;
    case RequestFramer::State::Body:
        m_headDeadline = QDeadlineTimer(forever);
        m_idleDeadline = QDeadlineTimer(forever);
        break;
    case RequestFramer::State::Upgraded:
    case RequestFramer::State::Rejected:
        m_headDeadline = QDeadlineTimer(forever);
        m_requestDeadline = QDeadlineTimer(forever);
        m_idleDeadline = QDeadlineTimer(forever);
        break;
    }
}

void ConnectionGuard::closeWhenFlushed()
{
    // Watched only when needed: a signal per response costs throughput on kept-alive connections.
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten, Qt::UniqueConnection);
}

void ConnectionGuard::onBytesWritten()
{
    if (m_socket->bytesToWrite() == 0 && (m_refused || m_framer.state() == RequestFramer::State::Idle))
        m_socket->disconnectFromHost();
}

void ConnectionGuard::refuse(int status, const QString &message)
{
    qCInfo(lcHttpGuard) << "refused a request:" << status << message;
    m_refused = true;
    // QHttpServer must not parse what we refused: cut its readyRead connection, drop the bytes.
    if (m_httpServer)
        disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    dropIncoming();
    updateDeadlines();
    m_lingerDeadline.setRemainingTime(m_limits.lingerTimeout);
    closeWhenFlushed();
    m_socket->write(Reply::error(status, message).serialize(true));
}

void ConnectionGuard::dropIncoming()
{
    m_socket->skip(m_socket->bytesAvailable());
    // A transaction left open by QHttpServer would keep the skipped bytes in memory.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
}

void ConnectionGuard::checkDeadlines()
{
    if (m_refused) {
        if (m_lingerDeadline.hasExpired())
            m_socket->abort();
        return;
    }
    if (m_headDeadline.hasExpired()) {
        refuse(408, tr("The request headers did not arrive in time."));
    } else if (m_requestDeadline.hasExpired()) {
        refuse(408, tr("The request did not arrive in time."));
    } else if (m_idleDeadline.hasExpired() && m_socket->bytesToWrite() == 0) {
        m_idleDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        m_socket->disconnectFromHost();
    }
}

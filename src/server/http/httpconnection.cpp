#include "server/http/httpconnection.h"

#include "server/http/requesthandler.h"
#include "server/http/socketshutdown.h"

#include <QTcpSocket>

namespace {

constexpr auto forever = QDeadlineTimer::Forever;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const ServerLimits &limits, QByteArrayList allowedHosts,
    RequestHandler &handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_reader(limits, std::move(allowedHosts))
{
    socket->setParent(this);
    // Answers are written as they are ready; Nagle's algorithm would hold each small one back
    // until the client acknowledges the one before (as nginx, tcp_nodelay).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_phase = Phase::Gone;
        deleteLater();
    });
    m_lastProgress.start();
    updateIdleDeadline();
}

qint64 HttpConnection::unsentBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void HttpConnection::abort()
{
    if (m_socket)
        m_socket->abort();
}

void HttpConnection::onReadyRead()
{
    if (m_phase == Phase::Lingering)
        m_socket->skip(m_socket->bytesAvailable());
    else
        process();
}

void HttpConnection::process()
{
    if (m_processing)
        return;
    m_processing = true;
    while (m_phase == Phase::Reading) {
        if (isBackedUp()) {
            waitForClient();
            break;
        }
        const bool wasIdle = m_reader.state() == RequestReader::State::Idle;
        const RequestReader::Event event = m_reader.readFrom(*m_socket);
        if (wasIdle && m_reader.state() != RequestReader::State::Idle) {
            m_headDeadline.setRemainingTime(m_limits.headTimeout);
            m_requestDeadline.setRemainingTime(m_limits.requestTimeout);
            m_idleDeadline = QDeadlineTimer(forever);
        }
        if (event == RequestReader::Event::NeedMore)
            break;
        if (event == RequestReader::Event::Rejected) {
            refuse(m_reader.rejection().status, m_reader.rejection().message);
            break;
        }
        if (event == RequestReader::Event::HeadComplete) {
            m_headDeadline = QDeadlineTimer(forever);
            onHeadComplete();
            continue;
        }
        m_requestDeadline = QDeadlineTimer(forever);
        m_lastProgress.start();
        dispatch(m_reader.takeRequest());
    }
    m_processing = false;
    updateIdleDeadline();
}

void HttpConnection::onHeadComplete()
{
    const HttpRequest &head = m_reader.request();
    m_reader.keepHead(*m_socket);
    if (head.expectsContinue && m_reader.state() == RequestReader::State::Body && m_answers.empty())
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void HttpConnection::dispatch(HttpRequest request)
{
    const quint64 ticket = m_firstTicket + m_answers.size();
    m_answers.push_back({std::nullopt, request.closeAfter ? Reply::Framing::Close : Reply::Framing::KeepAlive,
        request.method == HttpRequest::Method::Head ? Reply::Body::Omit : Reply::Body::Include});
    // Nothing after a request that closes the connection is read, let alone answered; nor after
    // a WebSocket handshake, whose following bytes are frames if it is accepted.
    if (m_handler.isWebSocketHandshake(request)) {
        m_phase = Phase::Upgrading;
        m_upgradeTarget = request.target;
        m_answers.back().framing = Reply::Framing::Close;
    } else if (request.closeAfter) {
        m_phase = Phase::Closing;
    }
    m_handler.handleRequest(request, HttpResponder(this, ticket));
}

void HttpConnection::answer(quint64 ticket, const Reply &reply)
{
    if (ticket < m_firstTicket || ticket - m_firstTicket >= m_answers.size())
        return;
    Answer &slot = m_answers[ticket - m_firstTicket];
    if (slot.bytes)
        return;
    // Only the answer to a handshake, which is the last on its connection, may switch protocols.
    const bool last = ticket - m_firstTicket + 1 == m_answers.size();
    if (reply.status == 101 && !(m_phase == Phase::Upgrading && last)) {
        slot.bytes = Reply::error(500, tr("The request could not be answered.")).serialize(slot.framing, slot.body);
    } else {
        m_upgradeAccepted = m_upgradeAccepted || reply.status == 101;
        slot.bytes = reply.serialize(slot.framing, slot.body);
    }
    flush();
}

void HttpConnection::refuse(int status, const QString &message)
{
    Q_EMIT refused(status, message);
    // A handshake that was waiting to be handed over is read and dropped like the rest.
    m_reader.keepHead(*m_socket);
    m_headDeadline = QDeadlineTimer(forever);
    m_requestDeadline = QDeadlineTimer(forever);
    m_phase = Phase::Closing;
    // After the answers to the requests before it.
    m_answers.push_back(
        {Reply::error(status, message).serialize(Reply::Framing::Close), Reply::Framing::Close, Reply::Body::Include});
    flush();
}

void HttpConnection::flush()
{
    if (!m_socket || m_phase == Phase::Gone)
        return;
    while (!m_answers.empty() && m_answers.front().bytes) {
        m_socket->write(*m_answers.front().bytes);
        m_answers.pop_front();
        ++m_firstTicket;
    }
    if (m_answers.empty() && m_phase == Phase::Upgrading) {
        if (m_upgradeAccepted)
            handOver();
        else
            startLingering();
        return;
    }
    if (m_answers.empty() && m_phase == Phase::Closing) {
        startLingering();
        return;
    }
    if (m_waitingForClient && hasRoom())
        resume();
    updateIdleDeadline();
}

bool HttpConnection::isBackedUp() const
{
    return m_socket->bytesToWrite() > m_limits.maxUnsentBytes
        || qsizetype(m_answers.size()) >= qsizetype(m_limits.maxPendingAnswers);
}

bool HttpConnection::hasRoom() const
{
    // Half of each bound: reading resumes for a batch of requests, not for one at a time.
    return m_socket->bytesToWrite() <= m_limits.maxUnsentBytes / 2
        && qsizetype(m_answers.size()) <= qsizetype(m_limits.maxPendingAnswers / 2);
}

void HttpConnection::waitForClient()
{
    m_waitingForClient = true;
    // Qt stops reading the socket once this much is buffered: the rest waits in the kernel, and
    // TCP slows the client down.
    m_socket->setReadBufferSize(std::max<qint64>(qint64(64) * 1024, m_limits.maxHeadBytes + 1024));
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten, Qt::UniqueConnection);
}

void HttpConnection::resume()
{
    m_waitingForClient = false;
    // Lifting the limit also lets Qt read the socket again.
    m_socket->setReadBufferSize(0);
    process();
}

void HttpConnection::onBytesWritten()
{
    if (m_phase == Phase::Lingering && !m_writeShutDown && m_socket->bytesToWrite() == 0) {
        m_writeShutDown = true;
        shutdownWriting(*m_socket);
    } else if (m_waitingForClient && hasRoom()) {
        resume();
    }
}

void HttpConnection::startLingering()
{
    // Closing at once would let the kernel answer the client's unread bytes with a reset, which
    // can destroy the answers it has not read yet: send FIN after the last answer, drop what
    // still comes, and close when the client does (or the linger deadline passes).
    m_phase = Phase::Lingering;
    m_waitingForClient = false;
    m_socket->setReadBufferSize(0);
    m_idleDeadline = QDeadlineTimer(forever);
    m_lingerDeadline.setRemainingTime(m_limits.lingerTimeout);
    m_socket->skip(m_socket->bytesAvailable());
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten, Qt::UniqueConnection);
    if (m_socket->bytesToWrite() == 0) {
        m_writeShutDown = true;
        shutdownWriting(*m_socket);
    }
}

void HttpConnection::handOver()
{
    m_phase = Phase::Gone;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->setReadBufferSize(0);
    socket->setParent(nullptr);
    Q_EMIT webSocketAccepted(socket, m_upgradeTarget);
    deleteLater();
}

void HttpConnection::updateIdleDeadline()
{
    const bool idle = m_phase == Phase::Reading && m_reader.state() == RequestReader::State::Idle && m_answers.empty();
    if (!idle)
        m_idleDeadline = QDeadlineTimer(forever);
    else if (m_idleDeadline.isForever())
        m_idleDeadline.setRemainingTime(m_limits.idleTimeout);
}

void HttpConnection::checkDeadlines()
{
    if (!m_socket || m_phase == Phase::Gone)
        return;
    if (m_phase == Phase::Lingering) {
        if (m_lingerDeadline.hasExpired())
            m_socket->abort();
        return;
    }
    // Answers the client does not read: the connection is dropped when none leaves for as long
    // as an idle connection may last.
    const qint64 unsent = m_socket->bytesToWrite();
    if (unsent == 0) {
        m_writeDeadline = QDeadlineTimer(forever);
    } else if (unsent != m_lastUnsent || m_writeDeadline.isForever()) {
        m_lastUnsent = unsent;
        m_writeDeadline.setRemainingTime(m_limits.idleTimeout);
    } else if (m_writeDeadline.hasExpired()) {
        m_socket->abort();
        return;
    }

    if (m_headDeadline.hasExpired()) {
        refuse(408, tr("The request headers did not arrive in time."));
    } else if (m_requestDeadline.hasExpired()) {
        refuse(408, tr("The request did not arrive in time."));
    } else if (m_idleDeadline.hasExpired()) {
        m_phase = Phase::Closing;
        startLingering();
    }
}

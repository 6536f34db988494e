#include "server/http/replyqueue.h"

#include <QTcpSocket>

ReplyQueue::ReplyQueue(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{ }

ReplyQueue *ReplyQueue::find(QTcpSocket *socket)
{
    return socket->findChild<ReplyQueue *>(QString(), Qt::FindDirectChildrenOnly);
}

ReplyQueue *ReplyQueue::ensure(QTcpSocket *socket)
{
    if (ReplyQueue *queue = find(socket))
        return queue;
    return new ReplyQueue(socket);
}

ReplyQueue::Ticket ReplyQueue::reserve()
{
    m_waiting.append(std::nullopt);
    return m_firstTicket + m_waiting.size() - 1;
}

void ReplyQueue::fill(Ticket ticket, QByteArray bytes)
{
    const qsizetype index = ticket - m_firstTicket;
    if (index < 0 || index >= m_waiting.size())
        return;
    m_waiting[index] = std::move(bytes);
    flush();
}

void ReplyQueue::flush()
{
    while (!m_waiting.isEmpty() && m_waiting.constFirst().has_value()) {
        const QByteArray bytes = *m_waiting.takeFirst();
        ++m_firstTicket;
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(bytes);
    }
}

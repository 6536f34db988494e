#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

class QTcpSocket;

// HTTP/1.1 lets a client send its next request before the answer to the previous one, and the
// answers must come back in the same order. Most answers are written at once; when one waits on
// the keychain or the network, the answers to later requests on that connection queue behind it.
class ReplyQueue : public QObject
{
    Q_OBJECT

public:
    using Ticket = qsizetype;

    // The queue of `socket`, or nullptr when no answer on it has ever had to wait.
    static ReplyQueue *find(QTcpSocket *socket);
    static ReplyQueue *ensure(QTcpSocket *socket);

    bool isEmpty() const { return m_waiting.isEmpty(); }
    // A place in line for an answer that will come later.
    Ticket reserve();
    // Gives the answer for `ticket`; it is written as soon as every earlier one has been.
    void fill(Ticket ticket, QByteArray bytes);
    // An answer to write after everything reserved so far.
    void append(QByteArray bytes) { fill(reserve(), std::move(bytes)); }

private:
    explicit ReplyQueue(QTcpSocket *socket);
    void flush();

    QTcpSocket *m_socket;
    Ticket m_firstTicket = 0;
    QList<std::optional<QByteArray>> m_waiting;
};

#pragma once

#include <QPointer>

class HttpConnection;
struct Reply;

// The way back to the client for one request. It may be kept (copied into a coroutine's
// continuation) and used later; if the client has gone by then, the answer is dropped.
class HttpResponder
{
public:
    HttpResponder(HttpConnection *connection, quint64 ticket);

    void send(const Reply &reply) const;
    // The connection, as the context of a continuation: it dies with the connection.
    QObject *context() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_ticket;
};

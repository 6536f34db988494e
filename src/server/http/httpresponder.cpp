#include "server/http/httpresponder.h"

#include "server/http/httpconnection.h"

HttpResponder::HttpResponder(HttpConnection *connection, quint64 ticket)
    : m_connection(connection)
    , m_ticket(ticket)
{ }

void HttpResponder::send(const Reply &reply) const
{
    if (m_connection)
        m_connection->answer(m_ticket, reply);
}

QObject *HttpResponder::context() const
{
    return m_connection.data();
}

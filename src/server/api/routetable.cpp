#include "server/api/routetable.h"

#include "server/api/requestauth.h"
#include "server/http/replyqueue.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

bool isJsonContentType(QByteArrayView value)
{
    const qsizetype semicolon = value.indexOf(';');
    const QByteArrayView type = (semicolon < 0 ? value : value.first(semicolon)).trimmed();
    return type.compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace

RouteTable::RouteTable(QHttpServer &server, const RequestAuth &auth)
    : m_server(server)
    , m_auth(auth)
{ }

void RouteTable::send(QTcpSocket *socket, const Reply &reply)
{
    if (!socket)
        return;
    // Behind an answer that is still being prepared, this one waits its turn.
    if (ReplyQueue *queue = ReplyQueue::find(socket); queue && !queue->isEmpty())
        queue->append(reply.serialize());
    else if (socket->state() == QAbstractSocket::ConnectedState)
        socket->write(reply.serialize());
}

void RouteTable::add(const QString &path, Access access, QList<Endpoint> endpoints)
{
    // MelodyHue writes its answers itself (see Reply): the responder only tells the socket.
    if (path.contains(u"<arg>"_s)) {
        m_server.route(path,
            [this, endpoints, access](
                const QString &argument, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(endpoints, access, request, argument, responder.socket());
            });
    } else {
        m_server.route(
            path, [this, endpoints, access](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(endpoints, access, request, QString(), responder.socket());
            });
    }
}

void RouteTable::setNotFoundReply()
{
    m_server.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        send(responder.socket(), Reply::error(404, tr("There is nothing at %1.").arg(request.url().path())));
    });
}

std::variant<ApiRequest, Reply> RouteTable::prepare(const QList<Endpoint> &endpoints, Access access,
    const QHttpServerRequest &request, const QString &argument, const Endpoint **endpoint) const
{
    const auto found = std::find_if(
        endpoints.cbegin(), endpoints.cend(), [&](const Endpoint &e) { return e.method == request.method(); });
    if (found == endpoints.cend()) {
        QByteArrayList allowed;
        for (const Endpoint &e : endpoints)
            allowed.append(methodName(e.method));
        return Reply::error(405,
            tr("This route does not accept %1; it accepts %2.")
                .arg(QString::fromLatin1(methodName(request.method())), QString::fromLatin1(allowed.join(", "))))
            .withHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
    }
    *endpoint = &*found;

    if (access == Access::Private) {
        if (auto refusal = m_auth.refusal(request))
            return std::move(*refusal);
    }

    ApiRequest apiRequest{argument, request.url(), QJsonValue::Undefined};
    const QByteArray bytes = request.body();
    if (!bytes.isEmpty()) {
        if (access == Access::Public)
            return Reply::error(400, tr("This route takes no request body."));
        if (!isJsonContentType(request.value(QByteArrayLiteral("content-type"))))
            return Reply::error(415, tr("Send the body as JSON with \"Content-Type: application/json\"."));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            return Reply::error(
                400, tr("The body is not valid JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
        }
        apiRequest.body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    return apiRequest;
}

void RouteTable::dispatch(const QList<Endpoint> &endpoints, Access access, const QHttpServerRequest &request,
    const QString &argument, QTcpSocket *socket) const
{
    const Endpoint *endpoint = nullptr;
    auto prepared = prepare(endpoints, access, request, argument, &endpoint);
    if (const Reply *refusal = std::get_if<Reply>(&prepared)) {
        send(socket, *refusal);
        return;
    }
    ApiRequest &apiRequest = std::get<ApiRequest>(prepared);
    if (endpoint->handler) {
        send(socket, endpoint->handler(apiRequest));
        return;
    }
    if (!socket)
        return;
    // The socket is the context: if the client has gone, the answer is dropped with it.
    ReplyQueue *queue = ReplyQueue::ensure(socket);
    const ReplyQueue::Ticket ticket = queue->reserve();
    QCoro::connect(endpoint->asyncHandler(std::move(apiRequest)), socket,
        [queue, ticket](const Reply &reply) { queue->fill(ticket, reply.serialize()); });
}

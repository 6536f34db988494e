#include "server/api/routetable.h"

#include "server/api/requestauth.h"
#include "server/http/websockethandshake.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray argumentSegment = QByteArrayLiteral("<arg>");

bool isJsonContentType(QByteArrayView value)
{
    const qsizetype semicolon = value.indexOf(';');
    const QByteArrayView type = (semicolon < 0 ? value : value.first(semicolon)).trimmed();
    return type.compare("application/json", Qt::CaseInsensitive) == 0;
}

// Walks `path` segment by segment without copying it; the one "<arg>" segment matches any
// non-empty segment, returned still percent-encoded.
bool matchSegments(const QByteArrayList &segments, QByteArrayView path, QByteArrayView *argument)
{
    qsizetype position = 0;
    for (const QByteArray &segment : segments) {
        if (position >= path.size() || path[position] != '/')
            return false;
        ++position;
        qsizetype end = path.indexOf('/', position);
        if (end < 0)
            end = path.size();
        const QByteArrayView part = path.sliced(position, end - position);
        if (segment == argumentSegment) {
            if (part.isEmpty())
                return false;
            *argument = part;
        } else if (part != segment) {
            return false;
        }
        position = end;
    }
    return position == path.size();
}

} // namespace

RouteTable::RouteTable(const RequestAuth &auth)
    : m_auth(auth)
{ }

void RouteTable::add(const QString &path, Access access, QList<Endpoint> endpoints)
{
    QByteArrayList segments = path.toUtf8().split('/');
    segments.removeFirst(); // before the leading '/'
    m_routes.append({std::move(segments), access, std::move(endpoints)});
}

void RouteTable::addWebSocket(const QString &path)
{
    m_webSocketPaths.append(path.toUtf8());
}

bool RouteTable::isWebSocketHandshake(const HttpRequest &request) const
{
    return request.webSocketUpgrade && m_webSocketPaths.contains(request.path());
}

const RouteTable::Route *RouteTable::match(QByteArrayView path, QString *argument) const
{
    for (const Route &route : m_routes) {
        QByteArrayView encoded;
        if (matchSegments(route.segments, path, &encoded)) {
            *argument = encoded.isNull() ? QString() : QUrl::fromPercentEncoding(encoded.toByteArray());
            return &route;
        }
    }
    return nullptr;
}

void RouteTable::handleRequest(const HttpRequest &request, HttpResponder responder)
{
    QString argument;
    const Route *route = match(request.path(), &argument);
    if (!route) {
        responder.send(
            Reply::error(404, tr("There is nothing at %1.").arg(QString::fromUtf8(request.path().toByteArray()))));
        return;
    }
    const Endpoint *endpoint = nullptr;
    auto prepared = prepare(*route, request, argument, &endpoint);
    if (const Reply *refusal = std::get_if<Reply>(&prepared)) {
        responder.send(*refusal);
        return;
    }
    if (isWebSocketHandshake(request)) {
        responder.send(WebSocketHandshake::answer(request));
        return;
    }
    ApiRequest &apiRequest = std::get<ApiRequest>(prepared);
    if (endpoint->handler) {
        responder.send(endpoint->handler(apiRequest));
        return;
    }
    // The connection is the context: if the client has gone, the answer is dropped with it.
    if (QObject *context = responder.context()) {
        QCoro::connect(endpoint->asyncHandler(std::move(apiRequest)), context,
            [responder](const Reply &reply) { responder.send(reply); });
    }
}

std::variant<ApiRequest, Reply> RouteTable::prepare(
    const Route &route, const HttpRequest &request, const QString &argument, const Endpoint **endpoint) const
{
    // HEAD is GET without the body, which the connection leaves out.
    const Method method = request.method == Method::Head ? Method::Get : request.method;
    const auto found = std::find_if(
        route.endpoints.cbegin(), route.endpoints.cend(), [method](const Endpoint &e) { return e.method == method; });
    if (found == route.endpoints.cend()) {
        QByteArrayList allowed;
        for (const Endpoint &e : route.endpoints) {
            allowed.append(HttpRequest::nameOf(e.method));
            if (e.method == Method::Get)
                allowed.append(HttpRequest::nameOf(Method::Head));
        }
        return Reply::error(405,
            tr("This route does not accept %1; it accepts %2.")
                .arg(QString::fromLatin1(request.methodName), QString::fromLatin1(allowed.join(", "))))
            .withHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
    }
    *endpoint = &*found;

    // A web page may not open the live feed: its handshake is refused, not upgraded.
    if (m_webSocketPaths.contains(request.path()) && m_auth.isFromOtherSite(request))
        return Reply::error(403, tr("Pages of other web sites may not follow MelodyHue live."));

    if (route.access == Access::Private) {
        if (auto refusal = m_auth.refusal(request))
            return std::move(*refusal);
    }

    ApiRequest apiRequest{argument, QUrl::fromEncoded(request.target), QJsonValue::Undefined};
    if (!request.body.isEmpty()) {
        if (route.access == Access::Public)
            return Reply::error(400, tr("This route takes no request body."));
        if (!isJsonContentType(request.header("content-type")))
            return Reply::error(415, tr("Send the body as JSON with \"Content-Type: application/json\"."));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            return Reply::error(
                400, tr("The body is not valid JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
        }
        apiRequest.body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    return apiRequest;
}

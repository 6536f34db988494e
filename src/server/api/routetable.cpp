#include "server/api/routetable.h"

#include "server/api/requestauth.h"
#include "server/http/httpresponses.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

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

void RouteTable::add(const QString &path, Access access, QList<Endpoint> endpoints)
{
    // The safety headers are added here rather than in QHttpServer::afterRequest(), which
    // costs a std::function call and a response move per request.
    if (path.contains(u"<arg>"_s)) {
        m_server.route(path, [this, endpoints, access](const QString &argument, const QHttpServerRequest &request) {
            auto response = dispatch(endpoints, access, request, argument);
            HttpResponses::addSecurityHeaders(response);
            return response;
        });
    } else {
        m_server.route(path, [this, endpoints, access](const QHttpServerRequest &request) {
            auto response = dispatch(endpoints, access, request, QString());
            HttpResponses::addSecurityHeaders(response);
            return response;
        });
    }
}

QHttpServerResponse RouteTable::dispatch(
    const QList<Endpoint> &endpoints, Access access, const QHttpServerRequest &request, const QString &argument) const
{
    const auto endpoint = std::find_if(
        endpoints.cbegin(), endpoints.cend(), [&](const Endpoint &e) { return e.method == request.method(); });
    if (endpoint == endpoints.cend()) {
        QByteArrayList allowed;
        for (const Endpoint &e : endpoints)
            allowed.append(methodName(e.method));
        auto response = HttpResponses::error(Status::MethodNotAllowed,
            tr("This route does not accept %1; it accepts %2.")
                .arg(QString::fromLatin1(methodName(request.method())), QString::fromLatin1(allowed.join(", "))));
        response.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
        return response;
    }

    if (access == Access::Private) {
        if (auto refusal = m_auth.refusal(request))
            return std::move(*refusal);
    }

    QJsonValue body = QJsonValue::Undefined;
    const QByteArray bytes = request.body();
    if (!bytes.isEmpty()) {
        if (access == Access::Public)
            return HttpResponses::error(Status::BadRequest, tr("This route takes no request body."));
        if (!isJsonContentType(request.value(QByteArrayLiteral("content-type"))))
            return HttpResponses::error(
                Status::UnsupportedMediaType, tr("Send the body as JSON with \"Content-Type: application/json\"."));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            return HttpResponses::error(Status::BadRequest,
                tr("The body is not valid JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
        }
        body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    return endpoint->handler(ApiRequest{request, argument, body});
}

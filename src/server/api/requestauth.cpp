#include "server/api/requestauth.h"

#include "auth/apikey.h"
#include "server/http/httprequest.h"

RequestAuth::RequestAuth(const ApiKey &apiKey)
    : m_apiKey(apiKey)
{ }

void RequestAuth::allowOriginsForPort(quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    m_allowedOrigins = {"http://127.0.0.1" + suffix, "http://localhost" + suffix, "http://[::1]" + suffix};
}

bool RequestAuth::isFromOtherSite(const HttpRequest &request) const
{
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !m_allowedOrigins.contains(origin.toLower()))
        return true;
    const QByteArray fetchSite = request.header("sec-fetch-site").toLower();
    return !fetchSite.isEmpty() && fetchSite != "same-origin" && fetchSite != "none";
}

std::optional<Reply> RequestAuth::refusal(const HttpRequest &request) const
{
    if (isFromOtherSite(request))
        return Reply::error(403, tr("Requests from other web sites are not allowed."));

    if (!m_apiKey.isReady())
        return Reply::error(503, tr("MelodyHue is still starting; try again in a moment."));
    const QByteArray authorization = request.header("authorization");
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size()
        || QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0
        || !m_apiKey.matches(QByteArrayView(authorization).sliced(scheme.size()).trimmed())) {
        return Reply::error(401,
            tr("This route needs the API key: send \"Authorization: Bearer <key>\" (the key "
               "is in MelodyHue’s Settings)."))
            .withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    }
    return std::nullopt;
}

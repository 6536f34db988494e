#include "auth/authorizationflows.h"

#include "auth/pkce.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

QUrl AuthorizationFlows::begin(
    const QString &service, const OAuthEndpoints &endpoints, const QString &clientId, const QString &redirectUri)
{
    const Pkce pkce = Pkce::generate();
    PendingAuthorization flow{
        service, Pkce::randomState(), pkce.verifier, redirectUri, clientId, QDeadlineTimer(m_lifetime)};
    m_flows.insert(service, flow);
    return authorizeUrl(endpoints, clientId, redirectUri, pkce.challenge, flow.state);
}

QUrl AuthorizationFlows::probeUrl(const OAuthEndpoints &endpoints, const QString &clientId, const QString &redirectUri)
{
    return authorizeUrl(endpoints, clientId, redirectUri, Pkce::generate().challenge, Pkce::randomState());
}

QUrl AuthorizationFlows::authorizeUrl(const OAuthEndpoints &endpoints, const QString &clientId,
    const QString &redirectUri, const QString &challenge, const QString &state)
{
    QUrl url = endpoints.authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(u"client_id"_s, clientId);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, redirectUri);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"code_challenge"_s, challenge);
    query.addQueryItem(u"state"_s, state);
    query.addQueryItem(u"scope"_s, endpoints.scopes.join(u' '));
    url.setQuery(query);
    return url;
}

std::variant<PendingAuthorization, AuthorizationFlows::Refusal> AuthorizationFlows::take(
    const QString &service, const QString &state)
{
    const auto it = m_flows.find(service);
    if (it == m_flows.end())
        return Refusal::NoFlow;
    if (it->expiry.hasExpired()) {
        m_flows.erase(it);
        return Refusal::Expired;
    }
    if (state.isEmpty() || state != it->state)
        return Refusal::WrongState;
    PendingAuthorization flow = *it;
    m_flows.erase(it);
    return flow;
}

bool AuthorizationFlows::isPending(const QString &service) const
{
    const auto it = m_flows.constFind(service);
    return it != m_flows.cend() && !it->expiry.hasExpired();
}

void AuthorizationFlows::cancel(const QString &service)
{
    m_flows.remove(service);
}

QStringList AuthorizationFlows::expire()
{
    QStringList expired;
    for (auto it = m_flows.begin(); it != m_flows.end();) {
        if (it->expiry.hasExpired()) {
            expired.append(it.key());
            it = m_flows.erase(it);
        } else {
            ++it;
        }
    }
    return expired;
}

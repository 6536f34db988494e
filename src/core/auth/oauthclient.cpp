#include "auth/oauthclient.h"

#include "net/httpclient.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcOAuth, "melodyhue.oauth")

namespace {

QCoro::Task<Result<TokenSet>> requestTokens(
    HttpClient &http, const OAuthEndpoints &endpoints, const OAuthClient::Client &client, QUrlQuery form)
{
    form.addQueryItem(u"client_id"_s, client.id);
    HttpClient::Headers headers;
    if (!client.secret.isEmpty())
        headers.append({"Authorization", "Basic " + (client.id + u':' + client.secret).toUtf8().toBase64()});

    const HttpResponse response = co_await http.postForm(endpoints.tokenUrl, form, headers);
    const QString service = endpoints.serviceName.isEmpty() ? endpoints.tokenUrl.host() : endpoints.serviceName;
    if (response.status == 0) {
        qCInfo(lcOAuth).noquote() << "token request failed:" << response.failure;
        co_return Error{
            OAuthClient::tr("Cannot reach %1. Check your Internet connection, then try again.").arg(service),
            ErrorKind::Network};
    }

    const QJsonObject json = response.json().object();
    if (!response.ok()) {
        const QString error = json.value(u"error"_s).toString();
        const QString description = json.value(u"error_description"_s).toString();
        if (error == u"invalid_grant"_s) {
            co_return Error{OAuthClient::tr("%1 no longer accepts this authorization (%2). Connect again.")
                                .arg(service, description),
                ErrorKind::Expired};
        }
        if (error == u"invalid_client"_s || error == u"unauthorized_client"_s) {
            co_return Error{OAuthClient::tr("%1 refused the Client ID or secret (%2). Check them in Settings.")
                                .arg(service, description),
                ErrorKind::Rejected};
        }
        if (response.status == 429) {
            co_return Error{OAuthClient::tr("%1 asks to wait %2 seconds before trying again.")
                                .arg(service)
                                .arg(response.retryAfter.count()),
                ErrorKind::RateLimited, QDateTime::currentDateTimeUtc().addSecs(response.retryAfter.count())};
        }
        co_return Error{OAuthClient::tr("%1 answered the token request with status %2 (%3).")
                            .arg(service)
                            .arg(response.status)
                            .arg(description.isEmpty() ? error : description),
            response.status >= 500 ? ErrorKind::ServerFailure : ErrorKind::Rejected};
    }

    TokenSet tokens;
    tokens.accessToken = json.value(u"access_token"_s).toString();
    tokens.refreshToken = json.value(u"refresh_token"_s).toString();
    tokens.scope = json.value(u"scope"_s).toString();
    const qint64 expiresIn = json.value(u"expires_in"_s).toInteger(3600);
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(std::max<qint64>(expiresIn, 60));
    if (tokens.accessToken.isEmpty())
        co_return Error{OAuthClient::tr("%1 answered without an access token.").arg(service), ErrorKind::ServerFailure};
    co_return tokens;
}

} // namespace

QCoro::Task<Result<TokenSet>> OAuthClient::exchangeCode(
    HttpClient &http, OAuthEndpoints endpoints, Client client, QString code, QString redirectUri, QString verifier)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"redirect_uri"_s, redirectUri);
    form.addQueryItem(u"code_verifier"_s, verifier);
    co_return co_await requestTokens(http, endpoints, client, form);
}

QCoro::Task<Result<TokenSet>> OAuthClient::refresh(
    HttpClient &http, OAuthEndpoints endpoints, Client client, QString refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    co_return co_await requestTokens(http, endpoints, client, form);
}

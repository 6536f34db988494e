#include "spotifyconnection.h"

#include "fakebrowser.h"
#include "waitfortask.h"

#include "providers/serviceaccount.h"

#include <QJsonArray>
#include <QJsonDocument>

SpotifyConnection::SpotifyConnection()
    : spotify(std::make_unique<FakeSpotify>())
{
    spotify->useForMelodyHue();
    app = std::make_unique<ServerFixture>();
    spotify->registerRedirectUri(app->services->redirectUri(QStringLiteral("spotify")));
}

ServiceAccount *SpotifyConnection::account() const
{
    return app->services->account(QStringLiteral("spotify"));
}

SpotifyConnection::Headers SpotifyConnection::key(Headers more) const
{
    more.append({"Authorization", app->bearer()});
    return more;
}

RawResponse SpotifyConnection::configure(const QByteArray &body) const
{
    return httpRequest(port(), "POST", "/api/config", key({{"Content-Type", "application/json"}}), body);
}

bool SpotifyConnection::configureClient() const
{
    const RawResponse r = configure("{\"spotify\":{\"client_id\":\"" + FakeSpotify::clientId().toLatin1() + "\"}}");
    return r.status == 200;
}

QUrl SpotifyConnection::authUrl() const
{
    return QUrl(
        httpRequest(port(), "GET", "/api/spotify/auth", key()).json().value(QStringLiteral("authUrl")).toString());
}

QJsonObject SpotifyConnection::service() const
{
    const RawResponse response = httpRequest(port(), "GET", "/api/services", key());
    for (const QJsonValue &service : QJsonDocument::fromJson(response.body).array()) {
        if (service.toObject().value(QStringLiteral("service")).toString() == QStringLiteral("spotify"))
            return service.toObject();
    }
    return {};
}

QUrl SpotifyConnection::redirectFromSpotify(const QUrl &authUrl) const
{
    const QByteArray target
        = authUrl.path(QUrl::FullyEncoded).toLatin1() + '?' + authUrl.query(QUrl::FullyEncoded).toLatin1();
    return QUrl::fromEncoded(httpRequest(quint16(authUrl.port()), "GET", target).header("location"));
}

QString SpotifyConnection::storedRefreshToken() const
{
    return waitForTask(app->secrets().read(QStringLiteral("spotify/refresh_token"))).value().value_or(QString());
}

bool SpotifyConnection::connectAccount() const
{
    return configureClient() && FakeBrowser::visit(authUrl()).page.contains("connected successfully");
}

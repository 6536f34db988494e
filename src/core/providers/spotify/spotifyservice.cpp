#include "providers/spotify/spotifyservice.h"

#include "net/httpclient.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

QUrl baseUrl(const char *variable, const QString &fallback)
{
    QString value = qEnvironmentVariable(variable, fallback);
    while (value.endsWith(u'/'))
        value.chop(1);
    return QUrl(value);
}

QUrl withPath(QUrl base, const QString &path)
{
    base.setPath(base.path() + path);
    return base;
}

} // namespace

QUrl SpotifyService::accountsUrl()
{
    return baseUrl("MELODYHUE_SPOTIFY_ACCOUNTS_URL", u"https://accounts.spotify.com"_s);
}

QUrl SpotifyService::apiUrl()
{
    return baseUrl("MELODYHUE_SPOTIFY_API_URL", u"https://api.spotify.com"_s);
}

bool SpotifyService::isValidClientId(const QString &clientId)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[0-9a-fA-F]{32}"_s));
    return pattern.match(clientId).hasMatch();
}

ServiceDefinition SpotifyService::definition()
{
    ServiceDefinition service;
    service.id = u"spotify"_s;
    service.name = u"Spotify"_s;
    service.brand = QColor(0x1d, 0xb9, 0x54);
    service.available = true;
    service.endpoints = {withPath(accountsUrl(), u"/authorize"_s), withPath(accountsUrl(), u"/api/token"_s),
        {u"user-read-currently-playing"_s, u"user-read-playback-state"_s, u"user-library-read"_s}};
    service.isValidClientId = &SpotifyService::isValidClientId;
    service.fetchProfile = &SpotifyService::fetchProfile;
    return service;
}

QCoro::Task<Result<AccountProfile>> SpotifyService::fetchProfile(HttpClient &http, QString accessToken)
{
    // Arguments are built before co_await: GCC 12 mishandles temporaries in co_await expressions.
    HttpClient::Headers headers;
    headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()});
    const QUrl url = withPath(apiUrl(), u"/v1/me"_s);
    const HttpResponse response = co_await http.get(url, headers);
    if (response.status == 0)
        co_return Error{response.failure, u"network"_s};
    if (response.status == 403) {
        // Apps in development mode only answer the users listed on their dashboard.
        co_return Error{tr("Spotify refused to show this account to your app. On the Spotify developer dashboard, "
                           "add your Spotify account under your app's User Management, then connect again."),
            u"forbidden"_s};
    }
    if (!response.ok())
        co_return Error{tr("Spotify did not return your profile (status %1).").arg(response.status), u"server"_s};
    const QJsonObject me = response.json().object();
    const QString id = me.value(u"id"_s).toString();
    const QString name = me.value(u"display_name"_s).toString();
    if (id.isEmpty())
        co_return Error{tr("Spotify returned a profile without an id."), u"server"_s};
    co_return AccountProfile{id, name.isEmpty() ? id : name};
}

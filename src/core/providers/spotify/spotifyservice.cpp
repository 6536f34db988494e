#include "providers/spotify/spotifyservice.h"

#include "providers/spotify/spotifylikedtracks.h"
#include "providers/spotify/spotifyplayback.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSpotify, "melodyhue.spotify")

namespace {

QUrl withPath(QUrl base, const QString &path)
{
    base.setPath(base.path() + path);
    return base;
}

} // namespace

SpotifyService::Endpoints SpotifyService::defaultEndpoints()
{
    return {QUrl(u"https://accounts.spotify.com"_s), QUrl(u"https://api.spotify.com"_s)};
}

SpotifyService::SpotifyService(Endpoints endpoints)
    : m_endpoints(std::move(endpoints))
{ }

QString SpotifyService::id() const
{
    return u"spotify"_s;
}

QString SpotifyService::name() const
{
    return u"Spotify"_s;
}

QString SpotifyService::logo() const
{
    return u":/logos/spotify.svg"_s;
}

QString SpotifyService::description() const
{
    return tr("Now playing, album colours and liked tracks from your Spotify account.");
}

OAuthEndpoints SpotifyService::endpoints() const
{
    return {name(), withPath(m_endpoints.accounts, u"/authorize"_s), withPath(m_endpoints.accounts, u"/api/token"_s),
        {u"user-read-currently-playing"_s, u"user-read-playback-state"_s, u"user-library-read"_s}};
}

QUrl SpotifyService::apiUrl(const QString &path) const
{
    return withPath(m_endpoints.api, path);
}

CredentialsGuide SpotifyService::credentialsGuide() const
{
    CredentialsGuide guide;
    guide.dashboardUrl = QUrl(u"https://developer.spotify.com/dashboard"_s);
    guide.dashboardName = u"developer.spotify.com/dashboard"_s;
    guide.steps = {tr("Open %1, sign in and create an app (any name; tick Web API)."),
        tr("In the app’s settings, add the redirect URI below, exactly as shown."),
        tr("Copy the app’s Client ID here and save. The Client Secret is optional.")};
    guide.note = tr("While the app is in development mode, add your Spotify account under its User Management.");
    guide.clientIdLabel = tr("Spotify Client ID");
    guide.clientIdPlaceholder = tr("32 characters from your app’s page");
    guide.takesClientSecret = true;
    return guide;
}

Result<QString> SpotifyService::normalizeClientId(const QString &clientId) const
{
    // Spotify shows Client IDs in lower case and refuses them otherwise.
    const QString normalized = clientId.trimmed().toLower();
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[0-9a-f]{32}"_s));
    if (!pattern.match(normalized).hasMatch()) {
        return Error{
            tr("A Spotify Client ID is 32 characters, digits and letters a to f, as shown on your app’s page."),
            ErrorKind::InvalidInput};
    }
    return normalized;
}

Error SpotifyService::authorizationRefusal(const HttpResponse &response, const QString &redirectUri) const
{
    // Spotify's authorize page says what it refuses in a line of text ("INVALID_CLIENT: Invalid
    // redirect URI") or an HTML page that contains it.
    const QString body = QString::fromUtf8(response.body.left(2000)).toLower();
    if (body.contains(u"redirect"_s)) {
        return Error{tr("Spotify does not know the redirect URI %1. Add it, exactly, to your app on the Spotify "
                        "developer dashboard (Settings → Credentials shows it with a Copy button).")
                         .arg(redirectUri),
            ErrorKind::Rejected};
    }
    if (body.contains(u"client"_s)) {
        return Error{tr("Spotify does not know this Client ID. Copy it again from your app’s page on the Spotify "
                        "developer dashboard into Settings."),
            ErrorKind::Rejected};
    }
    return Error{
        tr("Spotify refused the authorization request (status %1).").arg(response.status), ErrorKind::Rejected};
}

ServiceRefusal SpotifyService::readRefusal(const HttpResponse &response) const
{
    // {"error":{"status":403,"message":"…"}}: the message says which of Spotify's rules applies.
    const QString message
        = response.json().object().value(u"error"_s).toObject().value(u"message"_s).toString().left(300);
    if (message.contains(u"premium"_s, Qt::CaseInsensitive)) {
        return {ServiceRefusal::Kind::PremiumRequired,
            tr("Spotify only answers apps whose owner has Premium: the Spotify account that made your app on "
               "developer.spotify.com needs an active Premium subscription. Renew it, or make the app with an account "
               "that has Premium and put its Client ID in Settings → Credentials.")};
    }
    if (message.contains(u"not registered"_s, Qt::CaseInsensitive)) {
        return {ServiceRefusal::Kind::NotAllowlisted,
            tr("Your Spotify account is not on your app’s list of users. On developer.spotify.com/dashboard, open "
               "your app → Settings → User Management and add the name and e-mail of your Spotify account (an app "
               "in development mode takes up to five), then connect again.")};
    }
    return {ServiceRefusal::Kind::Other,
        message.isEmpty() ? tr("Spotify refused the request (status 403).")
                          : tr("Spotify refused the request: %1").arg(message)};
}

HttpClient::Headers SpotifyService::signedHeaders(const QString &accessToken) const
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()}};
}

QCoro::Task<Result<AccountProfile>> SpotifyService::fetchProfile(HttpClient &http, QString accessToken) const
{
    // Arguments are built before co_await: GCC 12 mishandles temporaries in co_await expressions.
    const HttpClient::Headers headers = signedHeaders(accessToken);
    const QUrl url = apiUrl(u"/v1/me"_s);
    const HttpResponse response = co_await http.get(url, headers);
    if (response.status == 0) {
        qCInfo(lcSpotify).noquote() << "profile request failed:" << response.failure;
        co_return Error{
            tr("Cannot reach Spotify. Check your Internet connection, then try again."), ErrorKind::Network};
    }
    if (response.status == 403)
        co_return Error{readRefusal(response).message, ErrorKind::Rejected};
    if (!response.ok()) {
        co_return Error{
            tr("Spotify did not return your profile (status %1).").arg(response.status), ErrorKind::ServerFailure};
    }
    const QJsonObject me = response.json().object();
    const QString id = me.value(u"id"_s).toString();
    const QString name = me.value(u"display_name"_s).toString();
    if (id.isEmpty())
        co_return Error{tr("Spotify returned a profile without an id."), ErrorKind::ServerFailure};
    co_return AccountProfile{id, name.isEmpty() ? id : name};
}

QUrl SpotifyService::nowPlayingUrl() const
{
    QUrl url = apiUrl(u"/v1/me/player/currently-playing"_s);
    // Without it, a podcast episode comes back with no item at all.
    url.setQuery(QUrlQuery{{u"additional_types"_s, u"episode"_s}});
    return url;
}

Result<RemotePlayback> SpotifyService::readNowPlaying(const HttpResponse &response) const
{
    if (response.status == 204)
        return RemotePlayback{};
    if (response.status == 403) {
        return Error{tr("Spotify refused to say what plays. On the Spotify developer dashboard, add your account "
                        "under your app’s User Management, then connect again."),
            ErrorKind::Rejected};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (response.status != 200 || !document.isObject()) {
        qCInfo(lcSpotify) << "unexpected currently-playing answer, status" << response.status;
        return Error{tr("Spotify sent an answer MelodyHue cannot read (status %1).").arg(response.status),
            ErrorKind::ServerFailure};
    }
    return SpotifyPlayback::read(document.object());
}

QUrl SpotifyService::trackPageUrl(const LikedTrack &track) const
{
    // Spotify's ids are base62: nothing else reaches the URL.
    const bool plain = !track.id.isEmpty() && std::all_of(track.id.cbegin(), track.id.cend(), [](QChar c) {
        return c.isLetterOrNumber() && c.unicode() < 128;
    });
    return plain ? QUrl(QStringLiteral("https://open.spotify.com/track/") + track.id) : QUrl();
}

QUrl SpotifyService::likedTracksUrl(int offset) const
{
    QUrl url = apiUrl(u"/v1/me/tracks"_s);
    QUrlQuery query;
    query.addQueryItem(u"offset"_s, QString::number(offset));
    query.addQueryItem(u"limit"_s, QString::number(likedTracksPageSize()));
    url.setQuery(query);
    return url;
}

Result<LikedPage> SpotifyService::readLikedTracks(const HttpResponse &response) const
{
    if (response.status != 200)
        return Error{
            tr("Spotify did not give the liked tracks (status %1).").arg(response.status), ErrorKind::ServerFailure};
    const QJsonDocument document = response.json();
    if (!document.isObject() || !document.object().value(u"items"_s).isArray())
        return Error{tr("Spotify’s list of liked tracks could not be read."), ErrorKind::ServerFailure};
    return SpotifyLikedTracks::read(document.object());
}

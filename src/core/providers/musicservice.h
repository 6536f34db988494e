#pragma once

#include "auth/oauthendpoints.h"
#include "library/likedtrack.h"
#include "net/httpclient.h"
#include "providers/remoteplayback.h"
#include "settings/settingsschema.h"
#include "util/result.h"

#include <QString>
#include <QUrl>

#include <QCoroTask>

#include <optional>

// The account a service says the user signed in with.
struct AccountProfile {
    QString id;
    QString name;
};

// Why a service refused a Web API request (403), named so that the user knows what to fix.
struct ServiceRefusal {
    enum class Kind {
        PremiumRequired, // the owner of the user's developer app has no Premium
        NotAllowlisted, // the user is not on the app's list of users
        Other,
    };
    Kind kind = Kind::Other;
    QString message;
};

// How a person makes the developer app a service asks for, as Settings → Credentials shows it.
struct CredentialsGuide {
    // Where the app is made, e.g. the Spotify developer dashboard.
    QUrl dashboardUrl;
    QString dashboardName;
    // The steps, in order, as short sentences; "%1" in a step is a link to the dashboard.
    QStringList steps;
    // One more line under the steps (may be empty).
    QString note;
    QString clientIdLabel;
    QString clientIdPlaceholder;
    // Whether the service accepts a client secret (PKCE makes it optional).
    bool takesClientSecret = false;
};

// One music service MelodyHue can connect: its identity, how it authorizes users, how its Web
// API is signed and read. A new service is a new subclass in providers/<service>/; the
// registry, the local server and the pages take it from there. Endpoints are given by the
// application (which reads the environment), never looked up here.
class MusicService
{
public:
    virtual ~MusicService() = default;

    // "spotify": in URLs (/callback/spotify, /api/spotify/auth) and keychain entries.
    virtual QString id() const = 0;
    // "Spotify", as people write it; not translated.
    virtual QString name() const = 0;
    // The service's mark as an SVG resource (":/logos/spotify.svg").
    virtual QString logo() const = 0;
    // One translated line for the Connect page.
    virtual QString description() const = 0;
    // False while this version of MelodyHue only lists the service.
    virtual bool isAvailable() const { return true; }

    virtual OAuthEndpoints endpoints() const = 0;
    virtual CredentialsGuide credentialsGuide() const = 0;
    // The Client ID as the service writes it, or why it cannot be one.
    virtual Result<QString> normalizeClientId(const QString &clientId) const = 0;
    // Why the service's authorize page refused MelodyHue's request (status 4xx), said so that
    // the user knows what to fix. Checked before the browser opens.
    virtual Error authorizationRefusal(const HttpResponse &response, const QString &redirectUri) const = 0;

    // Why the service answered a Web API request with 403, as a sentence with what to do.
    virtual ServiceRefusal readRefusal(const HttpResponse &response) const = 0;

    // The setting that holds this service's daily request budget, for services whose quota
    // calls for one (Spotify's is per developer account).
    virtual std::optional<SettingKey> dailyBudgetSetting() const { return std::nullopt; }

    // The headers that sign a Web API request with `accessToken`.
    virtual HttpClient::Headers signedHeaders(const QString &accessToken) const = 0;
    virtual QCoro::Task<Result<AccountProfile>> fetchProfile(HttpClient &http, QString accessToken) const = 0;

    // The Web API request for the signed-in account's profile (the connection doctor's check).
    virtual QUrl profileUrl() const { return {}; }

    // The user's liked tracks, newest first, a page of likedTracksPageSize() from `offset`; an
    // empty URL when the service has none yet.
    virtual QUrl likedTracksUrl(int offset) const
    {
        Q_UNUSED(offset);
        return {};
    }
    virtual int likedTracksPageSize() const { return 50; }
    // The track's page in the service's own player or web player, for "Open in Spotify".
    virtual QUrl trackPageUrl(const LikedTrack &track) const
    {
        Q_UNUSED(track);
        return {};
    }
    virtual Result<LikedPage> readLikedTracks(const HttpResponse &response) const
    {
        Q_UNUSED(response);
        return Error{QStringLiteral("no liked tracks"), ErrorKind::NotFound};
    }

    // The Web API request that says what plays now on the account, or an empty URL when the
    // service has none (SoundCloud, TIDAL).
    virtual QUrl nowPlayingUrl() const { return {}; }
    // Reads its answer: 200 with what plays, 204 when nothing does. Rate limits, failures and
    // refused tokens were handled before.
    virtual Result<RemotePlayback> readNowPlaying(const HttpResponse &response) const
    {
        Q_UNUSED(response);
        return Error{QStringLiteral("no now-playing endpoint"), ErrorKind::NotFound};
    }
};

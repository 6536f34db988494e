#pragma once

#include "fakespotifylibrary.h"
#include "fakespotifyplayer.h"

#include "server/http/httprequest.h"
#include "server/http/httpserver.h"
#include "server/http/reply.h"
#include "server/http/requesthandler.h"

#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <memory>

// An in-process Spotify for the tests, on MelodyHue's HTTP transport, that behaves like the real one:
// /authorize checks the client, the registered loopback redirect URI, S256 and the state, then
// redirects with a code (or access_denied); /api/token exchanges each code once, bound to its
// redirect URI and PKCE verifier, refreshes with rotation and answers invalid_grant like
// Spotify; the Web API answers /v1/me, currently-playing (200/204) and paged /v1/me/tracks
// with Spotify's JSON shapes, 401 on expired tokens, and injected 429 (with Retry-After) or 5xx.
// What plays is a FakeSpotifyPlayer that tests control (/v1/me/player, …/currently-playing).
// MelodyHue reaches it through MELODYHUE_SPOTIFY_ACCOUNTS_URL and MELODYHUE_SPOTIFY_API_URL.
class FakeSpotify : public QObject, public RequestHandler
{
    Q_OBJECT

public:
    FakeSpotify();
    ~FakeSpotify() override;

    QUrl url() const { return m_url; }
    // Points MelodyHue at this fake (the environment variables a user could set too).
    void useForMelodyHue() const;

    static QString clientId() { return QStringLiteral("0123456789abcdef0123456789abcdef"); }
    static QString displayName() { return QStringLiteral("JM Wizzler"); }
    void registerRedirectUri(const QString &uri) { m_redirectUris.insert(uri); }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }

    enum class Consent { Approve, Deny };
    void setConsent(Consent consent) { m_consent = consent; }
    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    void setRotateRefreshTokens(bool rotate) { m_rotate = rotate; }
    // Requests to `path` are answered this much later, as over a slow network.
    void setAnswerDelay(const QByteArray &path, std::chrono::milliseconds delay) { m_delays.insert(path, delay); }
    void setTokenDelay(std::chrono::milliseconds delay) { setAnswerDelay(QByteArrayLiteral("/api/token"), delay); }
    // The user revoked the app on spotify.com, or six months passed.
    void revokeRefreshTokens();
    // Access tokens stop working before their time (Spotify may do so): the next call gets 401.
    void expireAccessTokens() { m_accessTokens.clear(); }
    void setForbidProfile(bool forbid) { m_forbidProfile = forbid; }
    // Spotify's 2026 rules for development-mode apps: the app's owner must have Premium, and
    // the user must be on the app's list of users; otherwise every Web API call gets 403.
    void setOwnerHasPremium(bool premium) { m_ownerPremium = premium; }
    void setUserAllowlisted(bool allowlisted) { m_allowlisted = allowlisted; }
    // The app's daily quota is spent: every Web API call gets 429 with "QUOTA_EXCEEDED" and
    // this Retry-After, until `seconds` have passed.
    void exceedQuota(int seconds);
    // The network goes: nothing answers, connections already open are cut. Then it comes back
    // at the same address.
    void goOffline();
    void comeBackOnline();
    // The user's liked tracks (three until a test says otherwise).
    FakeSpotifyLibrary &library() { return m_library; }
    // What plays: Web API answers follow it.
    FakeSpotifyPlayer &player() { return m_player; }
    // The next `times` requests whose path starts with `path` get `status` (and Retry-After).
    void failNext(const QString &path, int status, int retryAfterSeconds = 0, int times = 1);
    void clearFaults() { m_faults.clear(); }

Q_SIGNALS:
    // An answer left for `path` (benchmarks time what follows from it).
    void answered(const QByteArray &path);

public:
    // Every code and token it handed out, to check none of them lands on disk.
    QStringList issuedSecrets() const { return m_issued; }
    int tokenRequests() const { return m_tokenRequests; }
    // Requests whose path starts with `path` ("/v1/me/player/currently-playing", "/image/").
    int requestsTo(const QString &path) const;
    // Each request as it arrived: milliseconds since the fake started, method and path (for the
    // message of a failing test).
    QStringList timeline() const { return m_timeline; }
    // The colour of the covers of `id` (else one derived from the id).
    void setCoverColor(const QString &id, const QColor &color) { m_coverColors.insert(id, color); }
    int refreshRequests() const { return m_refreshRequests; }
    QString lastScope() const { return m_lastScope; }
    QString lastRedirectUri() const { return m_lastRedirectUri; }

private:
    struct Code {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        bool used = false;
    };
    struct Fault {
        QString path;
        int status;
        int retryAfter;
        int times;
    };

    void handleRequest(const HttpRequest &request, HttpResponder responder) override;
    Reply route(const HttpRequest &request);
    std::optional<Reply> injectedFault(const HttpRequest &request);
    Reply authorize(const HttpRequest &request);
    Reply token(const HttpRequest &request);
    Reply api(const HttpRequest &request, const std::function<Reply()> &answer);
    Reply likedTracks(const HttpRequest &request);
    Reply issueTokens(const QString &clientId, const QString &scope, const QString &refreshToken);
    QString newSecret(const char *prefix);

    HttpServer m_server;
    QElapsedTimer m_started;
    QStringList m_timeline;
    QUrl m_url;
    QSet<QString> m_redirectUris;
    QString m_clientSecret;
    Consent m_consent = Consent::Approve;
    int m_accessLifetime = 3600;
    QHash<QByteArray, std::chrono::milliseconds> m_delays;
    bool m_rotate = true;
    bool m_forbidProfile = false;
    bool m_ownerPremium = true;
    bool m_allowlisted = true;
    qint64 m_quotaUntilMs = 0;
    FakeSpotifyPlayer m_player;
    FakeSpotifyLibrary m_library;
    QHash<QString, Code> m_codes;
    QHash<QString, QString> m_refreshTokens; // token -> client id, while valid
    QHash<QString, qint64> m_accessTokens; // token -> expiry (ms since epoch)
    QList<Fault> m_faults;
    QHash<QString, int> m_requestCounts;
    QHash<QString, QColor> m_coverColors;
    QStringList m_issued;
    int m_tokenRequests = 0;
    int m_refreshRequests = 0;
    QString m_lastScope;
    QString m_lastRedirectUri;
};

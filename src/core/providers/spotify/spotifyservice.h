#pragma once

#include "providers/musicservice.h"

#include <QCoreApplication>

// Spotify: OAuth with PKCE on its accounts service, the Web API for profile, playback and
// liked tracks. Every user registers their own developer app (Spotify's rule).
class SpotifyService : public MusicService
{
    Q_DECLARE_TR_FUNCTIONS(SpotifyService)

public:
    struct Endpoints {
        // https://accounts.spotify.com: /authorize and /api/token.
        QUrl accounts;
        // https://api.spotify.com: /v1/...
        QUrl api;
    };
    static Endpoints defaultEndpoints();

    explicit SpotifyService(Endpoints endpoints = defaultEndpoints());

    QString id() const override;
    QString name() const override;
    QString logo() const override;
    QString description() const override;
    OAuthEndpoints endpoints() const override;
    CredentialsGuide credentialsGuide() const override;
    Result<QString> normalizeClientId(const QString &clientId) const override;
    Error authorizationRefusal(const HttpResponse &response, const QString &redirectUri) const override;
    ServiceRefusal readRefusal(const HttpResponse &response) const override;
    std::optional<SettingKey> dailyBudgetSetting() const override { return SettingKey::SpotifyDailyBudget; }
    HttpClient::Headers signedHeaders(const QString &accessToken) const override;
    QCoro::Task<Result<AccountProfile>> fetchProfile(HttpClient &http, QString accessToken) const override;

    QUrl profileUrl() const override { return apiUrl(QStringLiteral("/v1/me")); }
    QUrl likedTracksUrl(int offset) const override;
    QUrl trackPageUrl(const LikedTrack &track) const override;
    Result<LikedPage> readLikedTracks(const HttpResponse &response) const override;
    QUrl nowPlayingUrl() const override;
    Result<RemotePlayback> readNowPlaying(const HttpResponse &response) const override;

    QUrl apiUrl(const QString &path) const;

private:
    Endpoints m_endpoints;
};

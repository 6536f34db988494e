#pragma once

#include "providers/servicedefinition.h"

#include <QCoreApplication>

// Spotify: OAuth with PKCE at accounts.spotify.com, the Web API at api.spotify.com. Both can be
// pointed elsewhere with MELODYHUE_SPOTIFY_ACCOUNTS_URL and MELODYHUE_SPOTIFY_API_URL.
class SpotifyService
{
    Q_DECLARE_TR_FUNCTIONS(SpotifyService)

public:
    static ServiceDefinition definition();
    static QUrl accountsUrl();
    static QUrl apiUrl();
    // A Spotify Client ID is 32 hexadecimal characters.
    static bool isValidClientId(const QString &clientId);
    static QCoro::Task<Result<AccountProfile>> fetchProfile(HttpClient &http, QString accessToken);
};

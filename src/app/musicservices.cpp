#include "app/musicservices.h"

#include "providers/plannedservice.h"
#include "providers/spotify/spotifyservice.h"

namespace {

QUrl urlFromEnvironment(const char *variable, const QUrl &fallback)
{
    QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        return fallback;
    while (value.endsWith(u'/'))
        value.chop(1);
    return QUrl(value);
}

} // namespace

namespace MusicServices {

std::vector<std::unique_ptr<MusicService>> fromEnvironment()
{
    const SpotifyService::Endpoints defaults = SpotifyService::defaultEndpoints();
    std::vector<std::unique_ptr<MusicService>> services;
    services.push_back(std::make_unique<SpotifyService>(
        SpotifyService::Endpoints{urlFromEnvironment("MELODYHUE_SPOTIFY_ACCOUNTS_URL", defaults.accounts),
            urlFromEnvironment("MELODYHUE_SPOTIFY_API_URL", defaults.api)}));
    services.push_back(PlannedService::soundCloud());
    services.push_back(PlannedService::tidal());
    return services;
}

} // namespace MusicServices

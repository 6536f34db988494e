#include "overlays/attribution.h"

using namespace Qt::Literals::StringLiterals;

std::optional<Attribution::Credit> Attribution::forService(const QString &service)
{
    if (service == u"spotify"_s)
        return Credit{u"Spotify"_s, u"/logos/spotify.svg"_s};
    return std::nullopt;
}

QString Attribution::logoResource(const QString &file)
{
    if (file == u"spotify.svg"_s)
        return u":/logos/spotify.svg"_s;
    return {};
}

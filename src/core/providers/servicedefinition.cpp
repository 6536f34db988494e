#include "providers/servicedefinition.h"

#include "providers/spotify/spotifyservice.h"

using namespace Qt::Literals::StringLiterals;

QList<ServiceDefinition> knownServices()
{
    // SoundCloud and TIDAL are listed with what they are; they connect in a later version.
    ServiceDefinition soundCloud;
    soundCloud.id = u"soundcloud"_s;
    soundCloud.name = u"SoundCloud"_s;
    soundCloud.brand = QColor(0xff, 0x55, 0x00);
    ServiceDefinition tidal;
    tidal.id = u"tidal"_s;
    tidal.name = u"TIDAL"_s;
    tidal.brand = QColor(0x11, 0x11, 0x11);
    return {SpotifyService::definition(), soundCloud, tidal};
}

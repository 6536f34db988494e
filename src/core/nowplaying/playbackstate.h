#pragma once

#include "color/palette.h"
#include "nowplaying/track.h"

#include <optional>

// What plays now, as the overlays and the JSON endpoints see it.
struct PlaybackState {
    bool isPlaying = false;
    QString service;
    std::optional<Track> track;
    // Colours of the cover, once computed.
    std::optional<Palette> coverPalette;
};

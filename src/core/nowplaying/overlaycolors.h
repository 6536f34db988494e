#pragma once

#include "color/palette.h"

class Settings;
struct PlaybackState;

// The colours overlays show right now: the cover's swatch chosen by `color_style` while music
// plays, the user's `default_overlay_color` otherwise.
struct OverlayColors {
    QColor color;
    QColor text;
    bool fromCover = false;
    Palette palette;

    static OverlayColors resolve(const PlaybackState &state, const Settings &settings);
};

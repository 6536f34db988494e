#pragma once

#include "color/palette.h"

class Settings;
struct OverlayOptions;
struct PlaybackState;

// The colours overlays show right now: the cover's swatch chosen by `color_style` while music
// plays, the user's `default_overlay_color` otherwise.
struct OverlayColors {
    QColor color;
    QColor text;
    bool fromCover = false;
    Palette palette;

    static OverlayColors resolve(const PlaybackState &state, const Settings &settings);
    // What one overlay shows: its own colour, when it has one, while no cover colours it. The one
    // place of this rule for the pages, their thumbnails and (through the page's data-mh-fallback)
    // the page's script.
    OverlayColors forOverlay(const OverlayOptions &options) const;
};

#include "nowplaying/overlaycolors.h"

#include "color/contrast.h"
#include "nowplaying/playbackstate.h"
#include "overlays/overlay.h"
#include "settings/settings.h"

OverlayColors OverlayColors::forOverlay(const OverlayOptions &options) const
{
    OverlayColors shown = *this;
    if (!fromCover && options.fallbackColor.isValid()) {
        shown.color = options.fallbackColor;
        shown.text = Contrast::readableTextOn(shown.color);
    }
    return shown;
}

OverlayColors OverlayColors::resolve(const PlaybackState &state, const Settings &settings)
{
    const QColor fallback = settings.defaultOverlayColor();
    OverlayColors colors;
    colors.palette = state.coverPalette.value_or(Palette::uniform(fallback));
    if (state.isPlaying && state.coverPalette) {
        switch (settings.colorStyle()) {
        case Settings::ColorStyle::Dominant:
            colors.color = state.coverPalette->dominant;
            colors.text = state.coverPalette->text;
            break;
        case Settings::ColorStyle::Vibrant:
            colors.color = state.coverPalette->vibrant;
            colors.text = Contrast::readableTextOn(colors.color);
            break;
        case Settings::ColorStyle::Muted:
            colors.color = state.coverPalette->muted;
            colors.text = Contrast::readableTextOn(colors.color);
            break;
        }
        colors.fromCover = true;
    } else {
        colors.color = fallback;
        colors.text = Contrast::readableTextOn(fallback);
    }
    return colors;
}

#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

// How an overlay behaves and looks, whatever its template. Each template gives its own
// defaults (its size, font size and corners); the user changes them per overlay.
struct OverlayOptions {
    enum class TextAlign { Left, Center, Right };
    // Where the credit to the music service goes (Spotify asks for one): where the template
    // puts it, or a corner of the source.
    enum class AttributionPosition { Inline, TopLeft, TopRight, BottomLeft, BottomRight };

    // Fade out while the music is paused or stopped.
    bool hideWhenPaused = false;
    // Show only this long after each track change; 0 shows all the time.
    int showSecondsAfterChange = 0;
    // The colour when no cover colours it (paused, no cover); invalid: the user's
    // default_overlay_color.
    QColor fallbackColor;
    // Empty: the system's sans-serif face.
    QString fontFamily;
    int fontSize = 20;
    int cornerRadius = 12;
    TextAlign textAlign = TextAlign::Left;
    // Only the drawn parts show (OBS composes the rest), or the whole page takes the colour.
    bool transparentBackground = true;
    bool showProgress = true;
    bool showCover = true;
    AttributionPosition attributionPosition = AttributionPosition::Inline;
    // The browser source's size in OBS.
    int width = 640;
    int height = 200;

    bool operator==(const OverlayOptions &) const = default;
};

// One overlay: a page OBS shows as a browser source, at /overlay/{id}. A built-in template
// draws it, or, for "custom", the user's own HTML and CSS.
struct Overlay {
    QString id;
    QString name;
    QString templateName;
    // Only custom overlays carry their own; built-ins use their template's.
    QString html;
    QString css;
    OverlayOptions options;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isCustom() const { return templateName == customTemplate(); }
    static QString customTemplate() { return QStringLiteral("custom"); }
};

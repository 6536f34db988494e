#pragma once

#include <QColor>

// The colours MelodyHue derives from a cover: `text` stays readable on `dominant`.
struct Palette {
    QColor dominant;
    QColor vibrant;
    QColor muted;
    QColor text;

    // A palette of one colour, used when nothing plays.
    static Palette uniform(const QColor &color);
    bool operator==(const Palette &) const = default;
};

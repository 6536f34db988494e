#pragma once

#include <QColor>

#include <cmath>

// A colour in Björn Ottosson's OKLab space, where equal distances look equally different:
// L is lightness (0 black .. 1 white), a and b the green–red and blue–yellow axes.
struct OkLab {
    float L = 0;
    float a = 0;
    float b = 0;

    static OkLab fromRgb(int red, int green, int blue);
    static OkLab fromColor(const QColor &color);
    // Back to sRGB, clamped into the gamut.
    QColor toColor() const;

    float chroma() const { return std::hypot(a, b); }
    float distanceTo(const OkLab &other) const;
    float squaredDistanceTo(const OkLab &other) const
    {
        const float dL = L - other.L;
        const float da = a - other.a;
        const float db = b - other.b;
        return dL * dL + da * da + db * db;
    }
    // The same hue and lightness with the chroma scaled to `chroma` (0 gives a neutral grey).
    OkLab withChroma(float chroma) const;
};

#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

// Album-cover-like images with a known dominant colour, drawn deterministically from a seed:
// the test cases of tst_paletteextractor and the corpus of bench/palette.
struct SyntheticCover {
    QString name;
    QImage image;
    QColor expectedDominant;
};

namespace SyntheticCovers {

// A flat background with a few shapes (35% at most), a title in strokes and JPEG-like noise.
SyntheticCover flat(const QColor &background, quint32 seed, int size = 640);
// A photographic texture (fractal noise in lightness and chroma) around `base`, with blobs of
// other colours over 30% of it.
SyntheticCover photo(const QColor &base, quint32 seed, int size = 640);
// A white frame (42% of the area) around a photo of `inner`.
SyntheticCover framed(const QColor &inner, quint32 seed, int size = 640);
// Black over 75% with a picture of `art` on the rest: black is 3× more common and wins.
SyntheticCover mostlyBlack(const QColor &art, quint32 seed, int size = 640);
// White over 55% with `logo` on the rest: white is not 2.5× more common and loses.
SyntheticCover mostlyWhite(const QColor &logo, quint32 seed, int size = 640);
// A greyscale photograph around the grey of `lightness` (0..255).
SyntheticCover greyscale(int lightness, quint32 seed, int size = 640);
// A gentle gradient between two close colours with thin text strokes of a contrasting colour.
SyntheticCover gradientWithText(const QColor &from, const QColor &to, quint32 seed, int size = 640);

// A varied corpus of `count` covers.
QList<SyntheticCover> corpus(int count, quint32 seed, int size = 640);

} // namespace SyntheticCovers

#pragma once

#include "color/colorclusters.h"
#include "color/palette.h"
#include "util/result.h"

#include <QCoreApplication>

// The colours of a cover, picked the way people see them:
// - dominant: the colour that covers most of the image; near-white and near-black win only
//   when they cover about 2.5 times more than the best other colour (a white frame or a black
//   background does not make a colourful cover grey);
// - vibrant: the strongest saturated colour that matters in the picture, for accents;
// - muted: a calm, low-saturation colour of the picture;
// - text: readable on dominant (WCAG contrast ≥ 4.5:1), a light or dark tint of its hue when
//   one is readable enough, else white or black.
// A greyscale cover gives neutral greys, never a hue made up from JPEG noise.
class PaletteExtractor
{
    Q_DECLARE_TR_FUNCTIONS(PaletteExtractor)

public:
    static Result<Palette> fromFile(const QString &path);
    static Result<Palette> fromData(const QByteArray &data);
    static Result<Palette> fromImage(const QImage &image);
    static Result<Palette> fromClusters(const QList<ColorCluster> &clusters);

    static constexpr double minimumTextContrast = 4.5;
    // How many times more a near-white or near-black colour must cover to be dominant.
    static constexpr float extremeDominanceRatio = 2.5f;

    static bool isNearWhite(const OkLab &color);
    static bool isNearBlack(const OkLab &color);
    static QColor textColorOn(const OkLab &background);
};

#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QImage>

class QIODevice;

// Decodes a cover image for colour analysis: small, fast and bounded whatever comes in.
// JPEGs are decoded at 1/2, 1/4 or 1/8 scale by libjpeg itself, so a 640 px cover costs a
// fraction of a full decode and a 4000 px one no more memory than a small one. Damaged,
// truncated, empty, oversized or non-image data give an Error, never a crash.
class CoverDecoder
{
    Q_DECLARE_TR_FUNCTIONS(CoverDecoder)

public:
    // Decoded images keep at least this many pixels on their shorter side when they can: a
    // 640 px cover is decoded at 1/8 (80 px, each pixel the mean of an 8×8 block), which is
    // plenty for colours and skips most of the decoding work.
    static constexpr int analysisSide = 64;
    // Declared sizes beyond this (5000 × 5000) are refused before decoding: formats other than
    // JPEG decode at full size, 4 bytes a pixel.
    static constexpr qint64 maximumPixels = 25'000'000;
    static constexpr qint64 maximumFileBytes = 48LL * 1024 * 1024;

    enum class Use {
        Colours, // small and fast: JPEGs at a fraction of their size
        Display, // whole, turned as its metadata says, at most displaySide on its longer side
    };
    static constexpr int displaySide = 1280;

    static Result<QImage> decode(const QByteArray &data, Use use = Use::Colours);
    static Result<QImage> decodeFile(const QString &path);
};

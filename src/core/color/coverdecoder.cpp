#include "color/coverdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

using namespace Qt::Literals::StringLiterals;

namespace {

// A JPEG ends with the EOI marker (FF D9), possibly followed by a few bytes of padding. libjpeg
// decodes a truncated file "successfully" with the missing part in grey, which would skew the
// colours: refuse it instead.
bool jpegLooksComplete(const QByteArray &data)
{
    const qsizetype tail = std::min<qsizetype>(data.size(), 1024);
    return QByteArrayView(data).last(tail).contains("\xff\xd9");
}

// The libjpeg scale (1, 2, 4 or 8) that keeps the shorter side at analysisSide or more.
int jpegScaleFor(const QSize &size)
{
    int scale = 1;
    while (scale < 8 && std::min(size.width(), size.height()) / (scale * 2) >= CoverDecoder::analysisSide)
        scale *= 2;
    return scale;
}

} // namespace

Result<QImage> CoverDecoder::decodeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(file.errorString())};
    if (file.size() > maximumFileBytes)
        return Error{tr("The file is larger than %1 MB; covers are much smaller.").arg(maximumFileBytes >> 20)};
    return decode(file.readAll());
}

Result<QImage> CoverDecoder::decode(const QByteArray &data, Use use)
{
    if (data.isEmpty())
        return Error{tr("The file is empty.")};
    if (data.size() > maximumFileBytes)
        return Error{tr("The file is larger than %1 MB; covers are much smaller.").arg(maximumFileBytes >> 20)};

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(use == Use::Display);
    reader.setAllocationLimit(int((maximumPixels * 4 >> 20) + 1));
    if (!reader.canRead())
        return Error{tr("This is not an image MelodyHue can read (JPEG, PNG, WebP, GIF or BMP).")};

    const QByteArray format = reader.format();
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > maximumPixels)
        return Error{tr("The image is too large (%1 × %2 pixels).").arg(size.width()).arg(size.height())};

    if (format == "jpeg") {
        if (!jpegLooksComplete(data))
            return Error{tr("The image is truncated: its end is missing.")};
        if (size.isValid() && use == Use::Colours) {
            const int scale = jpegScaleFor(size);
            if (scale > 1) {
                // libjpeg scales while decoding only below Qt's "high quality" threshold of 50.
                reader.setQuality(25);
                reader.setScaledSize(QSize((size.width() + scale - 1) / scale, (size.height() + scale - 1) / scale));
            }
        }
    }

    QImage image = reader.read();
    if (image.isNull())
        return Error{tr("The image is damaged and cannot be decoded (%1).").arg(reader.errorString())};
    if (use == Use::Display && std::max(image.width(), image.height()) > displaySide)
        image = image.scaled(displaySide, displaySide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

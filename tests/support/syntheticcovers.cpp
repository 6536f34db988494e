#include "syntheticcovers.h"

#include "color/oklab.h"

#include <QPainter>
#include <QPainterPath>

#include <random>

namespace SyntheticCovers {

namespace {

// Smooth fractal noise in 0..1: random grids at three scales, smoothly enlarged and summed.
QImage fractalNoise(int size, std::mt19937 &random)
{
    QImage sum(size, size, QImage::Format_Grayscale8);
    sum.fill(0);
    std::vector<float> total(std::size_t(size) * size, 0.0f);
    const int grids[] = {4, 12, 40};
    const float weights[] = {0.55f, 0.3f, 0.15f};
    std::uniform_int_distribution<int> byte(0, 255);
    for (int octave = 0; octave < 3; ++octave) {
        QImage grid(grids[octave], grids[octave], QImage::Format_Grayscale8);
        for (int y = 0; y < grid.height(); ++y) {
            for (int x = 0; x < grid.width(); ++x)
                grid.scanLine(y)[x] = uchar(byte(random));
        }
        const QImage layer = grid.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        for (int y = 0; y < size; ++y) {
            const uchar *line = layer.constScanLine(y);
            for (int x = 0; x < size; ++x)
                total[std::size_t(y) * size + x] += weights[octave] * line[x] / 255.0f;
        }
    }
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x)
            sum.scanLine(y)[x] = uchar(std::clamp(total[std::size_t(y) * size + x], 0.0f, 1.0f) * 255);
    }
    return sum;
}

// Paints `base` with the lightness and chroma of a noise texture around it, plus the fine grain
// of a photograph (which is what makes real covers weigh 60-150 KB as JPEG).
QImage texture(const QColor &base, int size, std::mt19937 &random, float lightnessSpread = 0.14f)
{
    const QImage noise = fractalNoise(size, random);
    const OkLab center = OkLab::fromColor(base);
    QImage image(size, size, QImage::Format_RGB32);
    std::normal_distribution<float> grain(0.0f, 0.025f);
    // The noise's own mean is about 0.5: spread symmetrically so the mean colour stays `base`.
    for (int y = 0; y < size; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const uchar *n = noise.constScanLine(y);
        for (int x = 0; x < size; ++x) {
            const float t = n[x] / 255.0f - 0.5f;
            OkLab color = center;
            color.L = std::clamp(center.L + t * lightnessSpread + grain(random), 0.0f, 1.0f);
            color = color.withChroma(center.chroma() * (1.0f + t * 0.3f));
            line[x] = color.toColor().rgb();
        }
    }
    return image;
}

QColor randomColor(std::mt19937 &random, float minimumLightness = 0.35f, float maximumLightness = 0.85f)
{
    std::uniform_real_distribution<float> lightness(minimumLightness, maximumLightness);
    std::uniform_real_distribution<float> chroma(0.06f, 0.18f);
    std::uniform_real_distribution<float> hue(0.0f, 6.2831853f);
    const float h = hue(random);
    const float c = chroma(random);
    return OkLab{lightness(random), c * std::cos(h), c * std::sin(h)}.toColor();
}

// A few shapes and title strokes in other colours over at most `share` of the area.
void paintDetails(QImage &image, std::mt19937 &random, double share)
{
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int size = image.width();
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double circleArea = share * 0.6 * size * size / 3;
    for (int i = 0; i < 3; ++i) {
        const double radius = std::sqrt(circleArea / 3.14159);
        painter.setPen(Qt::NoPen);
        painter.setBrush(randomColor(random));
        painter.drawEllipse(
            QPointF(radius + unit(random) * (size - 2 * radius), radius + unit(random) * (size - 2 * radius)), radius,
            radius);
    }
    QFont font = painter.font();
    font.setPixelSize(size / 9);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(randomColor(random, 0.15f, 0.95f));
    painter.drawText(QRect(0, size * 7 / 10, size, size / 5), Qt::AlignCenter, QStringLiteral("MELODY"));
}

QImage flatImage(const QColor &background, int size, std::mt19937 &random)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(background);
    // Sensor-like noise of ±6 levels, as in a scanned, photographed or re-compressed cover.
    std::uniform_int_distribution<int> noise(-6, 6);
    for (int y = 0; y < size; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size; ++x) {
            const int n = noise(random);
            line[x] = qRgb(std::clamp(qRed(line[x]) + n, 0, 255), std::clamp(qGreen(line[x]) + n, 0, 255),
                std::clamp(qBlue(line[x]) + n, 0, 255));
        }
    }
    return image;
}

} // namespace

SyntheticCover flat(const QColor &background, quint32 seed, int size)
{
    std::mt19937 random(seed);
    QImage image = flatImage(background, size, random);
    paintDetails(image, random, 0.35);
    return {QStringLiteral("flat-%1").arg(seed), image, background};
}

SyntheticCover photo(const QColor &base, quint32 seed, int size)
{
    std::mt19937 random(seed);
    QImage image = texture(base, size, random);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    // Blobs of other colours: a 0.3 share of the area in two ellipses.
    const double radius = std::sqrt(0.15 * size * size / 3.14159);
    painter.setBrush(randomColor(random));
    painter.drawEllipse(QPointF(radius, size - radius), radius, radius);
    painter.setBrush(randomColor(random));
    painter.drawEllipse(QPointF(size - radius, radius), radius, radius);
    painter.end();
    return {QStringLiteral("photo-%1").arg(seed), image, base};
}

SyntheticCover framed(const QColor &inner, quint32 seed, int size)
{
    std::mt19937 random(seed);
    QImage image = flatImage(QColor(250, 250, 250), size, random);
    const int border = size * 12 / 100;
    const QImage picture = texture(inner, size - 2 * border, random);
    QPainter(&image).drawImage(border, border, picture);
    return {QStringLiteral("framed-%1").arg(seed), image, inner};
}

SyntheticCover mostlyBlack(const QColor &art, quint32 seed, int size)
{
    std::mt19937 random(seed);
    QImage image = flatImage(QColor(6, 6, 8), size, random);
    const int side = size / 2; // a quarter of the area
    QPainter(&image).drawImage((size - side) / 2, (size - side) / 2, texture(art, side, random));
    return {QStringLiteral("black-%1").arg(seed), image, QColor(6, 6, 8)};
}

SyntheticCover mostlyWhite(const QColor &logo, quint32 seed, int size)
{
    std::mt19937 random(seed);
    QImage image = flatImage(QColor(252, 252, 250), size, random);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(logo);
    const double radius = std::sqrt(0.45 * size * size / 3.14159);
    painter.drawEllipse(QPointF(size / 2.0, size / 2.0), radius, radius);
    painter.end();
    return {QStringLiteral("white-%1").arg(seed), image, logo};
}

SyntheticCover greyscale(int lightness, quint32 seed, int size)
{
    std::mt19937 random(seed);
    const QColor grey(lightness, lightness, lightness);
    QImage image = texture(grey, size, random, 0.12f);
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPixelSize(size / 10);
    painter.setFont(font);
    painter.setPen(QColor(lightness > 128 ? 20 : 235, lightness > 128 ? 20 : 235, lightness > 128 ? 20 : 235));
    painter.drawText(QRect(0, size / 10, size, size / 6), Qt::AlignCenter, QStringLiteral("nocturne"));
    painter.end();
    return {QStringLiteral("grey-%1").arg(seed), image, grey};
}

SyntheticCover gradientWithText(const QColor &from, const QColor &to, quint32 seed, int size)
{
    std::mt19937 random(seed);
    QImage image(size, size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, size);
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, to);
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(size / 22);
    painter.setFont(font);
    painter.setPen(OkLab::fromColor(from).L > 0.6f ? QColor(30, 30, 30) : QColor(240, 240, 240));
    for (int line = 0; line < 8; ++line)
        painter.drawText(
            QPointF(size / 12.0, size * (0.2 + 0.08 * line)), QStringLiteral("side a · track %1 · 3:42").arg(line + 1));
    painter.end();
    const OkLab a = OkLab::fromColor(from);
    const OkLab b = OkLab::fromColor(to);
    return {QStringLiteral("gradient-%1").arg(seed), image,
        OkLab{(a.L + b.L) / 2, (a.a + b.a) / 2, (a.b + b.b) / 2}.toColor()};
}

QList<SyntheticCover> corpus(int count, quint32 seed, int size)
{
    std::mt19937 random(seed);
    QList<SyntheticCover> covers;
    for (int i = 0; i < count; ++i) {
        const quint32 coverSeed = seed * 1000 + quint32(i);
        const QColor color = randomColor(random);
        switch (i % 7) {
        case 0:
            covers.append(flat(color, coverSeed, size));
            break;
        case 1:
            covers.append(photo(color, coverSeed, size));
            break;
        case 2:
            covers.append(framed(color, coverSeed, size));
            break;
        case 3:
            covers.append(mostlyBlack(color, coverSeed, size));
            break;
        case 4:
            covers.append(mostlyWhite(color, coverSeed, size));
            break;
        case 5:
            covers.append(greyscale(40 + int(random() % 180), coverSeed, size));
            break;
        case 6: {
            const OkLab base = OkLab::fromColor(color);
            covers.append(gradientWithText(OkLab{base.L + 0.03f, base.a, base.b}.toColor(),
                OkLab{base.L - 0.03f, base.a, base.b}.toColor(), coverSeed, size));
            break;
        }
        }
    }
    return covers;
}

} // namespace SyntheticCovers

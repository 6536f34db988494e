#include "color/paletteextractor.h"

#include "color/contrast.h"
#include "color/coverdecoder.h"

#include <algorithm>
#include <cmath>

namespace {

// Below this share of the picture a colour is a detail, not a swatch.
constexpr float minimumSwatchWeight = 0.01f;
// OKLab chroma: below 0.02 a colour reads as grey; 0.25 is about as vivid as sRGB gets.
constexpr float greyChroma = 0.02f;
constexpr float vividChroma = 0.25f;
constexpr float minimumVibrantChroma = 0.07f;

float closeness(float value, float target, float span)
{
    return std::max(0.0f, 1.0f - std::abs(value - target) / span);
}

bool isGreyscale(const QList<ColorCluster> &clusters)
{
    float meanChroma = 0;
    for (const ColorCluster &cluster : clusters) {
        meanChroma += cluster.weight * cluster.color.chroma();
        if (cluster.weight > 0.05f && cluster.color.chroma() > 2 * greyChroma)
            return false;
    }
    return meanChroma < greyChroma;
}

OkLab dominantOf(const QList<ColorCluster> &clusters)
{
    const auto isExtreme = [](const ColorCluster &c) {
        return PaletteExtractor::isNearWhite(c.color) || PaletteExtractor::isNearBlack(c.color);
    };
    const auto extreme = std::find_if(clusters.cbegin(), clusters.cend(), isExtreme);
    const auto other = std::find_if_not(clusters.cbegin(), clusters.cend(), isExtreme);
    if (other == clusters.cend())
        return extreme->color;
    if (extreme != clusters.cend() && extreme->weight >= PaletteExtractor::extremeDominanceRatio * other->weight)
        return extreme->color;
    return other->color;
}

// The cluster `score` likes best among those that cover more than a speck (score < 0: not a
// candidate), or none.
template<typename Score>
const ColorCluster *bestScoring(const QList<ColorCluster> &clusters, Score score)
{
    const ColorCluster *best = nullptr;
    float bestScore = 0;
    for (const ColorCluster &cluster : clusters) {
        if (cluster.weight < minimumSwatchWeight)
            continue;
        const float value = score(cluster);
        if (value > bestScore) {
            bestScore = value;
            best = &cluster;
        }
    }
    return best;
}

OkLab vibrantOf(const QList<ColorCluster> &clusters, const OkLab &dominant)
{
    // The most saturated colour that is more than a speck, unless it is too dark or too pale to
    // glow; population only breaks near ties.
    const float heaviest = clusters.constFirst().weight;
    if (const ColorCluster *vivid = bestScoring(clusters, [heaviest](const ColorCluster &cluster) {
            const float chroma = cluster.color.chroma();
            if (chroma < minimumVibrantChroma)
                return -1.0f;
            const bool glows = cluster.color.L > 0.4f && cluster.color.L < 0.9f;
            return chroma * (glows ? 1.0f : 0.6f) + 0.01f * std::sqrt(cluster.weight / heaviest);
        }))
        return vivid->color;
    // Nothing vivid in the picture: the most colourful of what is there.
    const ColorCluster *colourful
        = bestScoring(clusters, [](const ColorCluster &cluster) { return cluster.color.chroma(); });
    return colourful && colourful->color.chroma() > greyChroma ? colourful->color : dominant;
}

OkLab mutedOf(const QList<ColorCluster> &clusters, const OkLab &dominant)
{
    // A calm colour of the picture: little chroma, middle lightness, and enough of it. Another
    // calm colour of the picture says more than the dominant one again.
    const float heaviest = clusters.constFirst().weight;
    const ColorCluster *best = bestScoring(clusters, [heaviest, &dominant](const ColorCluster &cluster) {
        const float chroma = cluster.color.chroma();
        const float lightness = cluster.color.L;
        if (chroma < 0.01f || chroma > 0.12f || lightness < 0.3f || lightness > 0.85f)
            return -1.0f;
        const float score = 0.5f * closeness(chroma, 0.05f, 0.07f) + 0.2f * closeness(lightness, 0.55f, 0.45f)
            + 0.3f * std::sqrt(cluster.weight / heaviest);
        return cluster.color.squaredDistanceTo(dominant) < 1e-6f ? 0.75f * score : score;
    });
    if (best)
        return best->color;
    // No calm colour in the picture: a calmer version of its main non-extreme colour.
    const auto main = std::find_if(clusters.cbegin(), clusters.cend(), [](const ColorCluster &c) {
        return !PaletteExtractor::isNearWhite(c.color) && !PaletteExtractor::isNearBlack(c.color)
            && c.weight >= minimumSwatchWeight;
    });
    const OkLab source = main != clusters.cend() ? main->color : dominant;
    OkLab calm = source.withChroma(std::min(source.chroma(), 0.045f));
    calm.L = std::clamp(calm.L, 0.35f, 0.75f);
    return calm;
}

} // namespace

bool PaletteExtractor::isNearWhite(const OkLab &color)
{
    return color.L > 0.93f && color.chroma() < 0.04f;
}

bool PaletteExtractor::isNearBlack(const OkLab &color)
{
    return color.L < 0.24f;
}

QColor PaletteExtractor::textColorOn(const OkLab &background)
{
    const QColor backgroundColor = background.toColor();
    // A light or dark tint of the background's own hue reads as part of the palette.
    const float tint = std::min(background.chroma(), 0.035f);
    QColor best;
    double bestContrast = 0;
    for (const float lightness : {0.97f, 0.2f}) {
        const QColor candidate = OkLab{lightness, background.a, background.b}.withChroma(tint).toColor();
        const double contrast = Contrast::ratio(candidate, backgroundColor);
        if (contrast > bestContrast) {
            bestContrast = contrast;
            best = candidate;
        }
    }
    return bestContrast >= minimumTextContrast ? best : Contrast::readableTextOn(backgroundColor);
}

Result<Palette> PaletteExtractor::fromClusters(const QList<ColorCluster> &clusters)
{
    if (clusters.isEmpty())
        return Error{tr("The image has no visible pixels.")};
    OkLab dominant = dominantOf(clusters);
    OkLab vibrant = vibrantOf(clusters, dominant);
    OkLab muted = mutedOf(clusters, dominant);
    if (isGreyscale(clusters)) {
        dominant = dominant.withChroma(0);
        vibrant = vibrant.withChroma(0);
        muted = muted.withChroma(0);
    }
    return Palette{dominant.toColor(), vibrant.toColor(), muted.toColor(), textColorOn(dominant)};
}

Result<Palette> PaletteExtractor::fromImage(const QImage &image)
{
    return fromClusters(clusterColors(image));
}

Result<Palette> PaletteExtractor::fromData(const QByteArray &data)
{
    const auto image = CoverDecoder::decode(data);
    if (!image)
        return image.error();
    return fromImage(image.value());
}

Result<Palette> PaletteExtractor::fromFile(const QString &path)
{
    const auto image = CoverDecoder::decodeFile(path);
    if (!image)
        return image.error();
    return fromImage(image.value());
}

#include "color/colorclusters.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace {

constexpr int maximumSamples = 40'000;
// Bins closer than this in OKLab are one colour (JPEG noise is ~0.01, a visible step ~0.02).
constexpr float clusterRadius = 0.06f;
constexpr int maximumClusters = 48;

struct Bin {
    quint32 count = 0;
    quint32 red = 0;
    quint32 green = 0;
    quint32 blue = 0;
};

struct WeightedColor {
    OkLab color;
    float weight;
};

std::vector<WeightedColor> histogram(const QImage &source)
{
    const QImage image = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
        ? source
        : source.convertToFormat(QImage::Format_ARGB32);
    const int width = image.width();
    const int height = image.height();
    const int step = std::max(1, int(std::ceil(std::sqrt(double(width) * height / maximumSamples))));
    const bool hasAlpha = image.format() == QImage::Format_ARGB32;

    std::array<Bin, 4096> bins{};
    for (int y = step / 2; y < height; y += step) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = step / 2; x < width; x += step) {
            const QRgb pixel = line[x];
            if (hasAlpha && qAlpha(pixel) < 128)
                continue;
            const int r = qRed(pixel);
            const int g = qGreen(pixel);
            const int b = qBlue(pixel);
            Bin &bin = bins[std::size_t((r >> 4) << 8 | (g >> 4) << 4 | (b >> 4))];
            ++bin.count;
            bin.red += quint32(r);
            bin.green += quint32(g);
            bin.blue += quint32(b);
        }
    }

    std::vector<WeightedColor> colors;
    for (const Bin &bin : bins) {
        if (bin.count == 0)
            continue;
        const auto mean = [&bin](quint32 sum) { return int((sum + bin.count / 2) / bin.count); };
        colors.push_back({OkLab::fromRgb(mean(bin.red), mean(bin.green), mean(bin.blue)), float(bin.count)});
    }
    std::sort(colors.begin(), colors.end(), [](const auto &a, const auto &b) { return a.weight > b.weight; });
    return colors;
}

struct Accumulator {
    OkLab center;
    double L = 0, a = 0, b = 0, weight = 0;

    void add(const WeightedColor &c)
    {
        L += double(c.color.L) * c.weight;
        a += double(c.color.a) * c.weight;
        b += double(c.color.b) * c.weight;
        weight += c.weight;
    }
    OkLab mean() const { return {float(L / weight), float(a / weight), float(b / weight)}; }
};

std::size_t nearest(const std::vector<Accumulator> &clusters, const OkLab &color, float *squaredDistance)
{
    std::size_t best = 0;
    float bestDistance = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        const float d = clusters[i].center.squaredDistanceTo(color);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    *squaredDistance = bestDistance;
    return best;
}

} // namespace

QList<ColorCluster> clusterColors(const QImage &image)
{
    if (image.isNull())
        return {};
    const std::vector<WeightedColor> colors = histogram(image);
    if (colors.empty())
        return {};

    // Leader clustering, heaviest bins first: each bin joins the nearest cluster within the
    // radius or starts a new one.
    std::vector<Accumulator> clusters;
    for (const WeightedColor &color : colors) {
        float distance = 0;
        const std::size_t index = clusters.empty() ? 0 : nearest(clusters, color.color, &distance);
        if (clusters.empty() || (distance > clusterRadius * clusterRadius && int(clusters.size()) < maximumClusters)) {
            clusters.push_back({color.color});
            clusters.back().add(color);
        } else {
            clusters[index].add(color);
        }
    }

    // A k-means round settles the centres where their colours actually are.
    for (Accumulator &cluster : clusters)
        cluster = Accumulator{cluster.mean()};
    for (const WeightedColor &color : colors) {
        float distance = 0;
        clusters[nearest(clusters, color.color, &distance)].add(color);
    }
    std::erase_if(clusters, [](const Accumulator &cluster) { return cluster.weight == 0; });

    double total = 0;
    for (const Accumulator &cluster : clusters)
        total += cluster.weight;
    QList<ColorCluster> result;
    result.reserve(qsizetype(clusters.size()));
    for (const Accumulator &cluster : clusters)
        result.append({cluster.mean(), float(cluster.weight / total)});
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.weight > b.weight; });
    return result;
}

#include "color/oklab.h"

#include <algorithm>
#include <array>

namespace {

// sRGB channel value 0..255 to linear light, computed once.
const std::array<float, 256> &linearTable()
{
    static const std::array<float, 256> table = [] {
        std::array<float, 256> values{};
        for (int i = 0; i < 256; ++i) {
            const double c = i / 255.0;
            values[i] = float(c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
        }
        return values;
    }();
    return table;
}

int toSrgbChannel(float linear)
{
    const double c = std::clamp(double(linear), 0.0, 1.0);
    const double encoded = c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
    return int(std::lround(encoded * 255.0));
}

} // namespace

OkLab OkLab::fromRgb(int red, int green, int blue)
{
    const auto &linear = linearTable();
    const float r = linear[red & 0xff];
    const float g = linear[green & 0xff];
    const float b = linear[blue & 0xff];
    const float l = std::cbrt(0.4122214708f * r + 0.5363325363f * g + 0.0514459929f * b);
    const float m = std::cbrt(0.2119034982f * r + 0.6806995451f * g + 0.1073969566f * b);
    const float s = std::cbrt(0.0883024619f * r + 0.2817188376f * g + 0.6299787005f * b);
    return {0.2104542553f * l + 0.7936177850f * m - 0.0040720468f * s,
        1.9779984951f * l - 2.4285922050f * m + 0.4505937099f * s,
        0.0259040371f * l + 0.7827717662f * m - 0.8086757660f * s};
}

OkLab OkLab::fromColor(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return fromRgb(rgb.red(), rgb.green(), rgb.blue());
}

QColor OkLab::toColor() const
{
    const float l = L + 0.3963377774f * a + 0.2158037573f * b;
    const float m = L - 0.1055613458f * a - 0.0638541728f * b;
    const float s = L - 0.0894841775f * a - 1.2914855480f * b;
    const float l3 = l * l * l;
    const float m3 = m * m * m;
    const float s3 = s * s * s;
    return QColor(toSrgbChannel(4.0767416621f * l3 - 3.3077115913f * m3 + 0.2309699292f * s3),
        toSrgbChannel(-1.2684380046f * l3 + 2.6097574011f * m3 - 0.3413193965f * s3),
        toSrgbChannel(-0.0041960863f * l3 - 0.7034186147f * m3 + 1.7076147010f * s3));
}

float OkLab::distanceTo(const OkLab &other) const
{
    return std::sqrt(squaredDistanceTo(other));
}

OkLab OkLab::withChroma(float newChroma) const
{
    const float current = chroma();
    if (current < 1e-6f)
        return {L, 0, 0};
    const float scale = newChroma / current;
    return {L, a * scale, b * scale};
}

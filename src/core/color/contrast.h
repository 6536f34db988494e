#pragma once

#include <QColor>

// WCAG 2.x relative luminance and contrast ratio.
namespace Contrast {
double relativeLuminance(const QColor &color);
double ratio(const QColor &a, const QColor &b);
// Black or white, whichever reads better on `background`.
QColor readableTextOn(const QColor &background);
} // namespace Contrast

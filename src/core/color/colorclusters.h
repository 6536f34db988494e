#pragma once

#include "color/oklab.h"

#include <QImage>
#include <QList>

// One perceptually distinct colour of an image and the share of the visible pixels it covers.
struct ColorCluster {
    OkLab color;
    float weight = 0; // 0..1
};

// Groups the visible pixels of an image into distinct colours, heaviest first. Pixels are
// counted in a 4096-bin RGB histogram (a sample of at most ~40k of them), then the bins are
// grouped in OKLab so JPEG noise and gentle gradients do not split one colour into many.
// Transparent pixels are left out; a fully transparent image gives no cluster.
QList<ColorCluster> clusterColors(const QImage &image);

#include "color/palette.h"

#include "color/contrast.h"

Palette Palette::uniform(const QColor &color)
{
    return {color, color, color, Contrast::readableTextOn(color)};
}

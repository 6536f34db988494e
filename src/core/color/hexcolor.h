#pragma once

#include <QColor>
#include <QStringView>

#include <optional>

// "#rrggbb": how colours are written in the settings, the overlays' options and the API. The one
// check for the whole program: exactly "#" and six hexadecimal digits, nothing before or after
// (not even a final line break, which a regular expression's "$" would let through).
namespace HexColor {

std::optional<QColor> parse(QStringView text);

} // namespace HexColor

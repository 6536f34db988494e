#include "color/hexcolor.h"

std::optional<QColor> HexColor::parse(QStringView text)
{
    if (text.size() != 7 || text.front() != u'#')
        return std::nullopt;
    const auto isHexDigit
        = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); };
    if (!std::all_of(text.begin() + 1, text.end(), isHexDigit))
        return std::nullopt;
    return QColor::fromString(text);
}

#pragma once

#include <QString>
#include <QStringList>

// The {{name}} placeholders an overlay's HTML and CSS may hold, filled in when the page is
// served, and the names of the live bindings (data-mh="name") its script keeps current.
namespace OverlayPlaceholders {

// title, artists, album, cover_url, color, text_color, …
const QStringList &names();
// The names used in `text` that are not placeholders, in order of appearance, once each.
QStringList unknownIn(const QString &text);

// Calls visit(textBefore, name) for each {{name}} in order, then visit(rest, {}).
template<typename Visit>
void split(const QString &text, Visit &&visit)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        visit(QStringView(text).sliced(from, open - from),
            QStringView(text).sliced(open + 2, close - open - 2).trimmed());
        from = close + 2;
    }
    visit(QStringView(text).sliced(from), QStringView());
}

} // namespace OverlayPlaceholders

#include "overlays/overlayplaceholders.h"

using namespace Qt::Literals::StringLiterals;

const QStringList &OverlayPlaceholders::names()
{
    static const QStringList names{u"title"_s, u"artists"_s, u"album"_s, u"cover_url"_s, u"color"_s, u"text_color"_s,
        u"dominant"_s, u"vibrant"_s, u"muted"_s, u"progress"_s, u"elapsed"_s, u"duration"_s, u"player"_s,
        u"attribution"_s, u"attribution_logo"_s};
    return names;
}

QStringList OverlayPlaceholders::unknownIn(const QString &text)
{
    QStringList unknown;
    split(text, [&unknown](QStringView, QStringView name) {
        if (name.isNull())
            return;
        const QString found = name.toString();
        if (!names().contains(found) && !unknown.contains(found))
            unknown.append(found);
    });
    return unknown;
}

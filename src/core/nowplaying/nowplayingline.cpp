#include "nowplaying/nowplayingline.h"

using namespace Qt::Literals::StringLiterals;

QString nowPlayingLine(const QString &pattern, const QString &title, const QStringList &artists, const QString &album)
{
    QString line = plainLine(pattern);
    // One pass, so that a title holding "{album}" stays as it is.
    const QString parts[] = {plainLine(title), plainLine(artists.join(u", "_s)), plainLine(album)};
    const QString names[] = {u"{title}"_s, u"{artists}"_s, u"{album}"_s};
    QString filled;
    for (qsizetype i = 0; i < line.size();) {
        bool replaced = false;
        for (int n = 0; n < 3 && !replaced; ++n) {
            if (QStringView(line).sliced(i).startsWith(names[n])) {
                filled += parts[n];
                i += names[n].size();
                replaced = true;
            }
        }
        if (!replaced)
            filled += line[i++];
    }
    line = filled.simplified();
    for (const QString &mark : {u"—"_s, u"-"_s, u"·"_s, u"|"_s}) {
        if (line.startsWith(mark))
            line = line.sliced(mark.size()).trimmed();
        if (line.endsWith(mark))
            line = line.chopped(mark.size()).trimmed();
    }
    return line;
}

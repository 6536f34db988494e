#include "sync/filenamer.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isForbidden(QChar c)
{
    static const QString forbidden = u"<>:\"/\\|?*"_s;
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || forbidden.contains(c);
}

// At most `maximumBytes` of UTF-8, cut between characters as people see them (an emoji or
// an accented letter is never split).
QString truncated(const QString &text, int maximumBytes)
{
    if (text.toUtf8().size() <= maximumBytes)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype end = 0;
    int bytes = 0;
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        const int more = int(QStringView(text).mid(end, next - end).toUtf8().size());
        if (bytes + more > maximumBytes)
            break;
        bytes += more;
        end = next;
    }
    return text.left(end);
}

QString trimmedName(QString name)
{
    // Trailing dots and spaces vanish on Windows; leading ones hide files or look like options.
    static const QRegularExpression edges(u"^[\\s.\\-]+|[\\s.]+$"_s);
    name.remove(edges);
    return name;
}

} // namespace

FileNamer::FileNamer(QString pattern)
    : m_pattern(std::move(pattern))
{
    if (!m_pattern.endsWith(u".{ext}"_s))
        m_pattern += u".{ext}"_s;
}

QString FileNamer::safeName(const QString &text, int maximumBytes)
{
    QString name = text.normalized(QString::NormalizationForm_C);
    for (QChar &c : name) {
        if (isForbidden(c))
            c = u'_';
    }
    name = trimmedName(name.simplified());
    static const QRegularExpression reserved(
        QRegularExpression::anchoredPattern(u"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?"_s),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        name.prepend(u'_');
    name = trimmedName(truncated(name, maximumBytes));
    return name.isEmpty() ? u"_"_s : name;
}

bool FileNamer::staysInside(const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(u'/') || relative.contains(u'\\') || relative.contains(u':'))
        return false;
    const QStringList names = relative.split(u'/');
    return std::none_of(names.cbegin(), names.cend(),
        [](const QString &name) { return name.isEmpty() || name == u"."_s || name == u".."_s; });
}

QString FileNamer::relativePath(const LikedTrack &track, const AudioFile &file) const
{
    const QString artist = track.artists.value(0);
    const QString number = file.trackNumber > 0 ? u"%1"_s.arg(file.trackNumber, 2, 10, QChar(u'0')) : QString();
    const QString extension = file.extension().isEmpty() ? u"audio"_s : safeName(file.extension(), 16);
    const QList<std::pair<QString, QString>> values{
        {u"{artist}"_s, artist.isEmpty() ? u"Unknown artist"_s : artist},
        {u"{artists}"_s, track.artists.isEmpty() ? u"Unknown artist"_s : track.artists.join(u", "_s)},
        {u"{album}"_s, track.album.isEmpty() ? u"Unknown album"_s : track.album},
        {u"{title}"_s, track.title.isEmpty() ? track.id : track.title},
        {u"{track}"_s, number},
        {u"{track_number}"_s, file.trackNumber > 0 ? QString::number(file.trackNumber) : QString()},
        {u"{service}"_s, track.service},
    };
    // Each name of the pattern on its own: a "/" in a title never makes a folder.
    QStringList names = m_pattern.split(u'/');
    const int budget = std::max(24, int(maximumPathLength / names.size()) - 1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool last = i == names.size() - 1;
        QString name = names.at(i);
        if (last)
            name.chop(6); // ".{ext}"
        for (const auto &[placeholder, value] : values) {
            QString clean = value;
            for (QChar &c : clean) {
                if (c == u'/' || c == u'\\')
                    c = u'_';
            }
            name.replace(placeholder, clean);
        }
        // "{track} - {title}" without a track number: " - Title".
        static const QRegularExpression danglingSeparator(u"^[\\s\\-._]+"_s);
        name.remove(danglingSeparator);
        const int room = std::min(maximumNameBytes, budget) - (last ? int(extension.toUtf8().size()) + 1 : 0);
        names[i] = safeName(name, room) + (last ? u"."_s + extension : QString());
    }
    return names.join(u'/');
}

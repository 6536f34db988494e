#include "library/trackmatcher.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// Durations that differ by less than this are the same recording (encoders pad a little).
constexpr qint64 toleranceMs = 3000;

QStringList artistNames(const QString &artists)
{
    static const QRegularExpression separators(
        u"\\s*(?:,|;|/|&| feat\\.? | ft\\.? | x | and )\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (const QString &name : artists.split(separators, Qt::SkipEmptyParts)) {
        const QString clean = TrackMatcher::normalized(name);
        if (!clean.isEmpty())
            names.append(clean);
    }
    return names;
}

} // namespace

TrackMatcher::TrackMatcher(QList<AudioFile> files)
    : m_files(std::move(files))
{
    for (int i = 0; i < m_files.size(); ++i) {
        const AudioFile &file = m_files.at(i);
        if (const QString isrc = normalizedIsrc(file.isrc); !isrc.isEmpty())
            m_byIsrc[isrc].append(i);
        if (const QString title = normalized(file.title); !title.isEmpty())
            m_byTitle[title].append(i);
    }
}

QString TrackMatcher::normalizedIsrc(const QString &isrc)
{
    QString clean;
    for (const QChar c : isrc) {
        if (c.isLetterOrNumber())
            clean.append(c.toUpper());
    }
    // CC-XXX-YY-NNNNN: 12 characters, or it is not one.
    return clean.size() == 12 ? clean : QString();
}

QString TrackMatcher::normalized(const QString &text)
{
    static const QRegularExpression remarks(u"\\([^)]*\\)|\\[[^\\]]*\\]"_s);
    static const QRegularExpression suffix(u"\\s+-\\s+.*(remaster|version|edit|mix|mono|stereo|live|single).*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression featuring(
        u"\\s(feat\\.?|ft\\.?|featuring)\\s.*$"_s, QRegularExpression::CaseInsensitiveOption);
    QString base = text;
    base.remove(remarks);
    base.remove(suffix);
    base.remove(featuring);
    const QString decomposed = base.normalized(QString::NormalizationForm_KD);
    QString clean;
    clean.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !clean.isEmpty())
                clean.append(u' ');
            space = false;
            clean.append(c.toCaseFolded());
        } else if (c == u'&') {
            if (!clean.isEmpty())
                clean.append(u" and"_s);
            space = true;
        } else {
            space = true;
        }
    }
    return clean;
}

bool TrackMatcher::durationsAgree(qint64 aMs, qint64 bMs)
{
    return aMs > 0 && bMs > 0 && std::abs(aMs - bMs) <= toleranceMs;
}

const AudioFile *TrackMatcher::closest(const QList<int> &candidates, const LikedTrack &track, bool needArtist) const
{
    QStringList wanted;
    for (const QString &artist : track.artists)
        wanted.append(artistNames(artist));
    const AudioFile *best = nullptr;
    qint64 bestGap = 0;
    for (const int index : candidates) {
        const AudioFile &file = m_files.at(index);
        if (needArtist) {
            const QStringList names = artistNames(file.artists);
            const bool sameArtist
                = std::any_of(names.cbegin(), names.cend(), [&](const QString &name) { return wanted.contains(name); });
            if (!sameArtist || !durationsAgree(file.durationMs, track.durationMs))
                continue;
        }
        const qint64 gap = std::abs(file.durationMs - track.durationMs);
        if (!best || gap < bestGap) {
            best = &file;
            bestGap = gap;
        }
    }
    return best;
}

const AudioFile *TrackMatcher::match(const LikedTrack &track) const
{
    if (const QString isrc = normalizedIsrc(track.isrc); !isrc.isEmpty()) {
        if (const auto found = m_byIsrc.constFind(isrc); found != m_byIsrc.cend()) {
            if (const AudioFile *file = closest(*found, track, false))
                return file;
        }
    }
    const auto found = m_byTitle.constFind(normalized(track.title));
    if (found == m_byTitle.cend())
        return nullptr;
    return closest(*found, track, true);
}

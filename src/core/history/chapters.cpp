#include "history/chapters.h"

#include "nowplaying/nowplayingline.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString titleOf(const PlayedTrack &track)
{
    return nowPlayingLine(u"{artists} — {title}"_s, track.title, track.artists, track.album);
}

qint64 offsetOf(const QDateTime &start, const QDateTime &time)
{
    return std::max<qint64>(0, start.secsTo(time));
}

} // namespace

QList<Chapters::Chapter> Chapters::of(const QDateTime &start, const QList<PlayedTrack> &tracks)
{
    QList<Chapter> kept;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const qint64 offset = offsetOf(start, tracks[i].startedAt);
        // Skipped within seconds: not a chapter of the video.
        if (i + 1 < tracks.size() && offsetOf(start, tracks[i + 1].startedAt) - offset < shortestSeconds)
            continue;
        const QString title = titleOf(tracks[i]);
        // The same track again (resumed after a while, or played twice in a row): one chapter.
        if (!kept.isEmpty() && kept.last().title == title)
            continue;
        kept.append({offset, title});
    }
    // The video's chapters begin at 00:00: the first track, or the start before the music.
    if (!kept.isEmpty() && kept.first().offsetSeconds < shortestSeconds)
        kept.first().offsetSeconds = 0;
    else
        kept.prepend({0, tr("Start")});
    return kept;
}

QString Chapters::timestamp(qint64 seconds)
{
    const QChar zero(u'0');
    if (seconds >= 3600) {
        return u"%1:%2:%3"_s.arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
    }
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
}

QString Chapters::text(const QList<Chapter> &chapters)
{
    QString text;
    for (const Chapter &chapter : chapters)
        text += timestamp(chapter.offsetSeconds) + u' ' + chapter.title + u'\n';
    return text;
}

QByteArray Chapters::setlistCsv(const QDateTime &start, const QList<PlayedTrack> &tracks)
{
    QList<QStringList> rows;
    rows.reserve(tracks.size());
    for (const PlayedTrack &track : tracks) {
        rows.append({timestamp(offsetOf(start, track.startedAt)), track.startedAt.toUTC().toString(Qt::ISODate),
            track.endedAt.isValid() ? track.endedAt.toUTC().toString(Qt::ISODate) : QString(),
            track.artists.join(u"; "_s), track.title, track.album, track.service, track.uri,
            track.streamSafe ? (*track.streamSafe ? u"yes"_s : u"no"_s) : QString(), track.muted ? u"yes"_s : u"no"_s});
    }
    return csvDocument({u"offset"_s, u"started_at"_s, u"ended_at"_s, u"artists"_s, u"title"_s, u"album"_s, u"service"_s,
                           u"uri"_s, u"stream_safe"_s, u"muted"_s},
        rows);
}

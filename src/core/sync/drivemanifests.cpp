#include "sync/drivemanifests.h"

#include "platform/atomicfile.h"
#include "storage/drivestable.h"
#include "util/plaintext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString fileOf(const LikedTrack &track, const QHash<QString, QString> &files)
{
    return files.value(DrivesTable::key(track.service, track.id));
}

} // namespace

QByteArray DriveManifests::playlist(const QList<LikedTrack> &liked, const QHash<QString, QString> &files)
{
    QString text = u"#EXTM3U\n#PLAYLIST:Liked Songs\n"_s;
    for (const LikedTrack &track : liked) {
        const QString file = fileOf(track, files);
        if (file.isEmpty())
            continue;
        const qint64 seconds = (track.durationMs + 500) / 1000;
        // One line each: a title with a line break would start a new entry in a playlist.
        text += u"#EXTINF:%1,%2 - %3\n../%4\n"_s.arg(
            QString::number(seconds), plainLine(track.artists.join(u", "_s)), plainLine(track.title), file);
    }
    return text.toUtf8();
}

QByteArray DriveManifests::json(const QList<LikedTrack> &liked, const QHash<QString, QString> &files)
{
    QJsonArray tracks;
    for (const LikedTrack &track : liked) {
        tracks.append(QJsonObject{
            {u"service"_s, track.service},
            {u"id"_s, track.id},
            {u"uri"_s, track.uri},
            {u"isrc"_s, track.isrc},
            {u"title"_s, track.title},
            {u"artists"_s, QJsonArray::fromStringList(track.artists)},
            {u"album"_s, track.album},
            {u"added_at"_s, track.addedAt.toUTC().toString(Qt::ISODate)},
            {u"file"_s, fileOf(track, files)},
        });
    }
    return QJsonDocument(QJsonObject{{u"tracks"_s, tracks}}).toJson(QJsonDocument::Indented);
}

QByteArray DriveManifests::csv(const QList<LikedTrack> &liked, const QHash<QString, QString> &files)
{
    QList<QStringList> rows;
    rows.reserve(liked.size());
    for (const LikedTrack &track : liked) {
        rows.append({track.service, track.id, track.uri, track.isrc, track.title, track.artists.join(u"; "_s),
            track.album, track.addedAt.toUTC().toString(Qt::ISODate), fileOf(track, files)});
    }
    return csvDocument(
        {u"service"_s, u"id"_s, u"uri"_s, u"isrc"_s, u"title"_s, u"artists"_s, u"album"_s, u"added_at"_s, u"file"_s},
        rows);
}

Result<void> DriveManifests::write(
    const QString &driveFolder, const QList<LikedTrack> &liked, const QHash<QString, QString> &files)
{
    const QString folder = QString::fromLatin1(folderName);
    if (auto made = AtomicFile::makeFolders(driveFolder, folder); !made)
        return made;
    const QString base = driveFolder + u'/' + folder + u'/';
    if (auto written = AtomicFile::write(base + u"Liked Songs.m3u8"_s, playlist(liked, files)); !written)
        return written;
    if (auto written = AtomicFile::write(base + u"liked-tracks.json"_s, json(liked, files)); !written)
        return written;
    return AtomicFile::write(base + u"liked-tracks.csv"_s, csv(liked, files));
}

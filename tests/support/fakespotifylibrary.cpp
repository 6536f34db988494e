#include "fakespotifylibrary.h"

#include "fakespotifyplayer.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

FakeSpotifyLibrary::Track FakeSpotifyLibrary::generated(int number)
{
    Track track;
    track.id = u"liked%1"_s.arg(number, 17, 10, QChar(u'0'));
    track.title = u"Liked track %1"_s.arg(number + 1);
    track.artists = {u"Artist %1"_s.arg(number % 97)};
    track.album = u"Album %1"_s.arg(number / 12);
    track.isrc = u"QZMHE%1"_s.arg(number, 7, 10, QChar(u'0'));
    track.durationMs = 150'000 + (number % 120) * 1'000;
    track.addedAt = QDateTime::fromSecsSinceEpoch(1'793'534'400 - 3600LL * number);
    return track;
}

void FakeSpotifyLibrary::fill(int count)
{
    m_tracks.clear();
    m_tracks.reserve(count);
    for (int i = 0; i < count; ++i)
        m_tracks.append(generated(i));
}

void FakeSpotifyLibrary::like(Track track)
{
    if (!track.addedAt.isValid())
        track.addedAt = QDateTime::currentDateTimeUtc();
    unlike(track.id);
    // Newest first, as Spotify lists them.
    const auto at = std::find_if(
        m_tracks.cbegin(), m_tracks.cend(), [&track](const Track &other) { return other.addedAt <= track.addedAt; });
    m_tracks.insert(at - m_tracks.cbegin(), track);
}

bool FakeSpotifyLibrary::unlike(const QString &id)
{
    return m_tracks.removeIf([&id](const Track &track) { return track.id == id; }) > 0;
}

QStringList FakeSpotifyLibrary::ids() const
{
    QStringList ids;
    for (const Track &track : m_tracks)
        ids.append(track.id);
    return ids;
}

QJsonObject FakeSpotifyLibrary::page(const QString &baseUrl, int offset, int limit) const
{
    static const QJsonObject templateItem
        = spotifySample(u"me-tracks-page.json"_s).value(u"items"_s).toArray().first().toObject();
    const int total = int(m_tracks.size());
    QJsonArray items;
    for (int i = std::max(0, offset); i < std::min(offset + limit, total); ++i) {
        const Track &liked = m_tracks.at(i);
        QJsonObject item = templateItem;
        QJsonObject track = item.value(u"track"_s).toObject();
        track.insert(u"id"_s, liked.id);
        track.insert(u"uri"_s, QString(u"spotify:track:"_s + liked.id));
        track.insert(u"name"_s, liked.title);
        track.insert(u"duration_ms"_s, liked.durationMs);
        track.insert(u"external_ids"_s, QJsonObject{{u"isrc"_s, liked.isrc}});
        QJsonArray artists;
        for (const QString &name : liked.artists)
            artists.append(QJsonObject{{u"name"_s, name}, {u"type"_s, u"artist"_s}});
        track.insert(u"artists"_s, artists);
        QJsonObject album = track.value(u"album"_s).toObject();
        album.insert(u"name"_s, liked.album);
        track.insert(u"album"_s, album);
        item.insert(u"track"_s, track);
        item.insert(u"added_at"_s, liked.addedAt.toUTC().toString(Qt::ISODate));
        items.append(item);
    }
    const QString href = baseUrl + u"/v1/me/tracks?offset=%1&limit=%2"_s;
    return {{u"href"_s, href.arg(offset).arg(limit)}, {u"items"_s, items}, {u"limit"_s, limit}, {u"offset"_s, offset},
        {u"total"_s, total},
        {u"next"_s, offset + limit < total ? QJsonValue(href.arg(offset + limit).arg(limit)) : QJsonValue()},
        {u"previous"_s, offset > 0 ? QJsonValue(href.arg(std::max(0, offset - limit)).arg(limit)) : QJsonValue()}};
}

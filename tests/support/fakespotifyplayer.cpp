#include "fakespotifyplayer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

QJsonObject spotifySample(const QString &name)
{
    QFile file(QStringLiteral(MELODYHUE_TEST_DATA_DIR "/spotify/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing Spotify sample %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

namespace {

QString typeName(FakeSpotifyPlayer::Item item)
{
    switch (item) {
    case FakeSpotifyPlayer::Item::Episode:
        return u"episode"_s;
    case FakeSpotifyPlayer::Item::Ad:
        return u"ad"_s;
    case FakeSpotifyPlayer::Item::Nothing:
        return u"unknown"_s;
    case FakeSpotifyPlayer::Item::Track:
    case FakeSpotifyPlayer::Item::LocalFile:
        break;
    }
    return u"track"_s;
}

} // namespace

FakeSpotifyPlayer::Playback FakeSpotifyPlayer::playback() const
{
    if (m_queue.isEmpty())
        return m_playback;
    qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_queueStartMs;
    for (const Playback &track : m_queue) {
        if (elapsed < track.durationMs) {
            Playback now = track;
            now.progressMs = elapsed;
            now.playing = true;
            return now;
        }
        elapsed -= track.durationMs;
    }
    Playback ended = m_queue.constLast();
    ended.item = Item::Nothing;
    return ended;
}

void FakeSpotifyPlayer::playQueue(const QList<Playback> &tracks)
{
    m_queue = tracks;
    m_queueStartMs = QDateTime::currentMSecsSinceEpoch();
}

void FakeSpotifyPlayer::changeTrack(const QString &trackId, const QString &title)
{
    m_queue.clear();
    m_playback.item = Item::Track;
    m_playback.trackId = trackId;
    m_playback.title = title;
    m_playback.progressMs = 0;
}

QJsonArray FakeSpotifyPlayer::images(const QString &id) const
{
    QJsonArray list;
    for (const int size : {640, 300, 64}) {
        const QString url = m_imageBase.toString() + u"/image/%1-%2"_s.arg(id).arg(size);
        list.append(QJsonObject{{u"url"_s, url}, {u"width"_s, size}, {u"height"_s, size}});
    }
    return list;
}

QJsonObject FakeSpotifyPlayer::item(bool withEpisodes) const
{
    const Playback current = playback();
    switch (current.item) {
    case Item::Nothing:
    case Item::Ad:
        return {};
    case Item::Episode:
        // Without additional_types=episode, Spotify names the type but leaves the item out.
        if (!withEpisodes)
            return {};
        {
            QJsonObject episode = spotifySample(u"currently-playing-episode.json"_s).value(u"item"_s).toObject();
            if (!m_imageBase.isEmpty())
                episode.insert(u"images"_s, images(episode.value(u"id"_s).toString()));
            return episode;
        }
    case Item::Track:
    case Item::LocalFile:
        break;
    }
    QJsonObject track = spotifySample(u"currently-playing-track.json"_s).value(u"item"_s).toObject();
    if (!current.title.isEmpty())
        track.insert(u"name"_s, current.title);
    if (current.artists) {
        QJsonArray artists;
        for (const QString &name : *current.artists)
            artists.append(QJsonObject{{u"name"_s, name}, {u"type"_s, u"artist"_s}});
        track.insert(u"artists"_s, artists);
    }
    if (current.item == Item::LocalFile) {
        // A file from the user's disk: no id, no cover, a spotify:local: URI.
        QJsonObject album = track.value(u"album"_s).toObject();
        album.insert(u"images"_s, QJsonArray());
        album.insert(u"id"_s, QJsonValue::Null);
        track.insert(u"album"_s, album);
        track.insert(u"id"_s, QJsonValue::Null);
        track.insert(u"is_local"_s, true);
        track.insert(u"uri"_s, u"spotify:local:Artist:Album:%1:245"_s.arg(track.value(u"name"_s).toString()));
        return track;
    }
    track.insert(u"id"_s, current.trackId);
    track.insert(u"duration_ms"_s, current.durationMs);
    if (!m_imageBase.isEmpty()) {
        QJsonObject album = track.value(u"album"_s).toObject();
        album.insert(u"images"_s, images(current.trackId));
        track.insert(u"album"_s, album);
    }
    track.insert(u"uri"_s, QString(u"spotify:track:"_s + current.trackId));
    track.insert(u"is_local"_s, false);
    return track;
}

std::optional<QJsonObject> FakeSpotifyPlayer::currentlyPlaying(bool withEpisodes) const
{
    const Playback current = playback();
    if (current.item == Item::Nothing || current.privateSession)
        return std::nullopt;
    QJsonObject answer = spotifySample(u"currently-playing-track.json"_s);
    const QJsonObject playing = item(withEpisodes);
    answer.insert(u"item"_s, playing.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(playing));
    answer.insert(u"currently_playing_type"_s, typeName(current.item));
    answer.insert(u"is_playing"_s, current.playing);
    answer.insert(u"progress_ms"_s, current.progressMs);
    answer.insert(u"timestamp"_s, QDateTime::currentMSecsSinceEpoch());
    return answer;
}

std::optional<QJsonObject> FakeSpotifyPlayer::player(bool withEpisodes) const
{
    const Playback current = playback();
    std::optional<QJsonObject> answer = currentlyPlaying(withEpisodes);
    if (!answer)
        return std::nullopt;
    QJsonObject device = spotifySample(u"player-track.json"_s).value(u"device"_s).toObject();
    device.insert(u"name"_s, current.device);
    device.insert(u"is_active"_s, true);
    answer->insert(u"device"_s, device);
    answer->insert(u"repeat_state"_s, u"off"_s);
    answer->insert(u"shuffle_state"_s, false);
    return answer;
}

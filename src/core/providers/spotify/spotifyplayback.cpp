#include "providers/spotify/spotifyplayback.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

// Remote text is kept to a sane length.
constexpr qsizetype longestText = 1000;

QString text(const QJsonValue &value)
{
    return value.toString().left(longestText);
}

// Spotify lists images largest first, but not always: sorted by width here.
void setCovers(Track &track, const QJsonArray &images)
{
    int largest = -1;
    int smallest = std::numeric_limits<int>::max();
    for (const auto &value : images) {
        const QJsonObject image = value.toObject();
        const QUrl url = Track::keptUrl(image.value(u"url"_s).toString());
        if (url.isEmpty())
            continue;
        const int width = image.value(u"width"_s).toInt(0);
        if (width > largest) {
            largest = width;
            track.coverUrl = url;
        }
        if (width < smallest) {
            smallest = width;
            track.colorCoverUrl = url;
        }
    }
}

QStringList names(const QJsonArray &people)
{
    QStringList list;
    for (const auto &person : people) {
        const QString name = text(person.toObject().value(u"name"_s));
        if (!name.trimmed().isEmpty())
            list << name;
    }
    return list;
}

} // namespace

Track SpotifyPlayback::trackOf(const QJsonObject &item)
{
    Track track;
    track.id = text(item.value(u"id"_s));
    track.title = text(item.value(u"name"_s));
    track.artists = names(item.value(u"artists"_s).toArray());
    const QJsonObject album = item.value(u"album"_s).toObject();
    track.album = text(album.value(u"name"_s));
    track.durationMs = item.value(u"duration_ms"_s).toInteger();
    track.url = Track::keptUrl(item.value(u"external_urls"_s).toObject().value(u"spotify"_s).toString());
    if (item.value(u"is_local"_s).toBool()) {
        // A file from the user's disk: Spotify knows no id and no cover for it.
        track.type = u"local"_s;
        track.id.clear();
        return track;
    }
    setCovers(track, album.value(u"images"_s).toArray());
    return track;
}

namespace {

Track episodeOf(const QJsonObject &item)
{
    Track episode;
    episode.type = u"episode"_s;
    episode.id = text(item.value(u"id"_s));
    episode.title = text(item.value(u"name"_s));
    const QJsonObject show = item.value(u"show"_s).toObject();
    // Overlays show the podcast where a song shows its artist and album.
    const QString publisher = text(show.value(u"publisher"_s));
    if (!publisher.trimmed().isEmpty())
        episode.artists = {publisher};
    episode.album = text(show.value(u"name"_s));
    episode.durationMs = item.value(u"duration_ms"_s).toInteger();
    episode.url = Track::keptUrl(item.value(u"external_urls"_s).toObject().value(u"spotify"_s).toString());
    const QJsonArray images = item.value(u"images"_s).toArray();
    setCovers(episode, images.isEmpty() ? show.value(u"images"_s).toArray() : images);
    return episode;
}

} // namespace

RemotePlayback SpotifyPlayback::read(const QJsonObject &answer)
{
    RemotePlayback playback;
    playback.playing = answer.value(u"is_playing"_s).toBool();
    const QString type = answer.value(u"currently_playing_type"_s).toString();
    const QJsonObject item = answer.value(u"item"_s).toObject();
    if (type == u"ad"_s) {
        Track ad;
        ad.type = u"ad"_s;
        playback.track = ad;
    } else if (item.isEmpty()) {
        // "unknown", or an item Spotify does not describe: nothing an overlay can show.
        return playback;
    } else if (type == u"episode"_s || item.value(u"type"_s).toString() == u"episode"_s) {
        playback.track = episodeOf(item);
    } else {
        playback.track = trackOf(item);
    }
    playback.track->progressMs = std::max<qint64>(0, answer.value(u"progress_ms"_s).toInteger());
    return playback;
}

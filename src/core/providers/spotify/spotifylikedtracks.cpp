#include "providers/spotify/spotifylikedtracks.h"

#include "providers/spotify/spotifyplayback.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

LikedPage SpotifyLikedTracks::read(const QJsonObject &page)
{
    LikedPage liked;
    liked.total = std::max(0, page.value(u"total"_s).toInt());
    liked.hasNext = page.value(u"next"_s).isString();
    for (const auto &value : page.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject object = item.value(u"track"_s).toObject();
        const Track track = SpotifyPlayback::trackOf(object);
        if (track.id.isEmpty())
            continue;
        LikedTrack likedTrack;
        likedTrack.service = u"spotify"_s;
        likedTrack.id = track.id;
        likedTrack.uri = object.value(u"uri"_s).toString().left(200);
        likedTrack.title = track.title;
        likedTrack.artists = track.artists;
        likedTrack.album = track.album;
        likedTrack.durationMs = track.durationMs;
        // An ISRC is 12 letters and digits.
        const QString isrc = object.value(u"external_ids"_s).toObject().value(u"isrc"_s).toString().trimmed();
        likedTrack.isrc = isrc.size() <= 15 ? isrc.toUpper() : QString();
        likedTrack.addedAt = QDateTime::fromString(item.value(u"added_at"_s).toString(), Qt::ISODate);
        likedTrack.coverUrl = track.coverUrl;
        liked.items.append(likedTrack);
    }
    return liked;
}

#pragma once

#include "color/palette.h"
#include "nowplaying/track.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>

#include <optional>

// Where the current state came from.
enum class PlaybackSource {
    None,
    MediaSession, // the operating system's media session (MPRIS on Linux): instant and free
    WebApi, // a music service's Web API, polled
};

// What plays now, as the overlays, the JSON endpoints and the window see it.
struct PlaybackState {
    bool isPlaying = false;
    // The music service ("spotify"), empty for another player.
    QString service;
    PlaybackSource source = PlaybackSource::None;
    // Who reports it, for people: "Spotify desktop app", "VLC media player", "Spotify Web API".
    QString reporter;
    // What is shown could not be checked as planned lately (the day's budget spent, the
    // service's quota, no network, a failure or a refusal): it may be out of date.
    bool stale = false;
    std::optional<Track> track;
    // When track->progressMs was true; progress moves on from there while playing.
    QDateTime progressAt;
    // The cover, once known: its colours, its image as served (encoded by MelodyHue) and that
    // image decoded, once, on a worker thread, for the window.
    std::optional<Palette> coverPalette;
    QByteArray coverImage;
    QByteArray coverMimeType;
    QImage coverPicture;

    // Whether `other` shows anything different (images compared by identity: they are shared,
    // never changed in place).
    bool operator==(const PlaybackState &other) const
    {
        return isPlaying == other.isPlaying && service == other.service && source == other.source
            && reporter == other.reporter && stale == other.stale && track == other.track
            && progressAt == other.progressAt && coverPalette == other.coverPalette
            && coverImage.isSharedWith(other.coverImage) && coverMimeType == other.coverMimeType
            && coverPicture.cacheKey() == other.coverPicture.cacheKey();
    }

    qint64 progressMsAt(const QDateTime &now) const
    {
        if (!track)
            return 0;
        qint64 progress = track->progressMs;
        if (isPlaying && progressAt.isValid())
            progress += std::max<qint64>(0, progressAt.msecsTo(now));
        return track->durationMs > 0 ? std::min(progress, track->durationMs) : progress;
    }
};

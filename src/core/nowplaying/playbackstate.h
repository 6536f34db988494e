#pragma once

#include "color/palette.h"
#include "nowplaying/track.h"

#include <QByteArray>
#include <QDateTime>

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
    // The cover, once known: its colours and its image bytes (already checked to decode).
    std::optional<Palette> coverPalette;
    QByteArray coverImage;
    QByteArray coverMimeType;

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

#pragma once

#include "nowplaying/track.h"

#include <QDateTime>
#include <QString>

// What one media player on this computer reports through the system's media session.
struct MediaPlayback {
    enum class Status { Stopped, Paused, Playing };

    // Its name on the session, stable while it runs: "spotify", "vlc", "chromium.instance42".
    QString player;
    // As the player calls itself: "Spotify", "VLC media player".
    QString identity;
    Status status = Status::Stopped;
    // Empty title and id: the player has nothing loaded.
    Track track;
    // When track.progressMs was read.
    QDateTime positionAt;
    // When it last started playing or changed track, to prefer the most recent one.
    QDateTime lastActive;

    bool hasTrack() const { return !track.title.isEmpty() || !track.id.isEmpty(); }
    bool isSpotify() const
    {
        return player == QLatin1String("spotify") || player.startsWith(QLatin1String("spotify."));
    }
    // The music service whose app this is ("spotify"), empty for other players.
    QString service() const { return isSpotify() ? QStringLiteral("spotify") : QString(); }
};

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// One track as it was played: one row of the play history.
struct PlayedTrack {
    qint64 id = 0;
    QDateTime startedAt;
    // Invalid while it plays.
    QDateTime endedAt;
    // "media_session" or "web_api".
    QString source;
    // Who reported it, for people ("Spotify desktop app", "Firefox").
    QString reporter;
    // The music service ("spotify"), empty for another player.
    QString service;
    // "track", "episode" or "local".
    QString type = QStringLiteral("track");
    // "spotify:track:…" for a service's track, else the web address the player gave, if any.
    QString uri;
    QString title;
    QStringList artists;
    QString album;
    qint64 durationMs = 0;
    // Whether the stream-safe guard counted it safe; nullopt when the guard was off.
    std::optional<bool> streamSafe;
    // Whether MelodyHue muted the music in OBS while it played.
    bool muted = false;

    bool operator==(const PlayedTrack &) const = default;
};

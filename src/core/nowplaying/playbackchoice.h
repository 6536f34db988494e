#pragma once

#include "media/mediaplayback.h"
#include "nowplaying/playbackstate.h"
#include "providers/remoteplayback.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Which of the players on this computer and the services' Web APIs the overlays follow, by
// the `player` setting ("spotify", "any" or one player's name): a player on this computer that
// plays comes first (it is instant), then what a Web API says plays elsewhere, then whatever
// is paused. Pure, so that every case is tested without a bus or a network.
class PlaybackChoice
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackChoice)

public:
    // What one service's Web API said, and when.
    struct WebAnswer {
        QString service;
        QString serviceName;
        std::optional<RemotePlayback> playback;
        QDateTime at;
        // The Web API is asked and its last check failed.
        bool stale = false;
    };

    static bool accepts(const QString &setting, const MediaPlayback &player);
    // Whether the setting lets a service's Web API be asked at all.
    static bool wantsService(const QString &setting, const QString &service);
    static PlaybackState choose(
        const QList<MediaPlayback> &players, const QString &setting, const QList<WebAnswer> &answers);
    // "Spotify desktop app", or the player's own name.
    static QString reporterOf(const MediaPlayback &player);
};

#pragma once

#include "sync/drivestate.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// Where the sync of liked tracks stands, for the Dashboard, the tray and GET /api/sync/status.
struct SyncStatus {
    enum class State {
        Idle,
        Running,
        // The user paused it: nothing starts by itself until Resume.
        Paused,
        // A service asked to wait, or the day's share of the request budget is spent: it goes
        // on by itself at resumesAt.
        Waiting,
        // The last sync failed; lastError says why and what to do.
        Error,
    };

    State state = State::Idle;
    // What runs now ("Reading your liked tracks on Spotify"), while running.
    QString step;
    int done = 0;
    int total = 0;
    QDateTime lastSync;
    QDateTime nextSync;
    QDateTime resumesAt;
    QString lastError;
    // What the user should know of a sync that could not do everything today.
    QString notice;
    // Liked tracks in the library, per service id.
    QMap<QString, int> liked;
    // What the last sync changed.
    int added = 0;
    int unliked = 0;

    // The drives, in the order they were added.
    QList<DriveState> drives;
    // Audio files found in the music folders, and liked tracks with and without one.
    int musicFiles = 0;
    int withAudio = 0;
    int withoutAudio = 0;
    // Copies that failed in the last sync, on all drives.
    int failed = 0;

    bool operator==(const SyncStatus &) const = default;
};

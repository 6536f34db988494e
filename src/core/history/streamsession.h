#pragma once

#include <QDateTime>
#include <QString>

// One stream or recording OBS made.
struct StreamSession {
    qint64 id = 0;
    // "stream" or "recording".
    QString kind;
    QDateTime startedAt;
    // Invalid while it runs.
    QDateTime endedAt;

    bool operator==(const StreamSession &) const = default;
};

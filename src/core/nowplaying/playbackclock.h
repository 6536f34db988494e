#pragma once

#include <QString>

#include <algorithm>

// A position or a length as people read it on a player: "3:07", "1:02:45" past an hour. The
// Dashboard and the overlay pages show the same.
inline QString playbackClock(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds / 1000);
    const QChar zero(u'0');
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

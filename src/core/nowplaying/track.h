#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// One playing item as every source maps it.
struct Track {
    // "track", "episode", "local" (a file from the user's disk, no cover) or "ad".
    QString type = QStringLiteral("track");
    QString id;
    QString title;
    QStringList artists;
    QString album;
    // The largest image, for overlays and /cover.
    QUrl coverUrl;
    // The smallest image the source offers (Spotify's 64 px one), enough for the colours.
    QUrl colorCoverUrl;
    qint64 durationMs = 0;
    qint64 progressMs = 0;
    QUrl url;

    bool operator==(const Track &) const = default;
    // The same item, whatever its progress.
    bool isSameItem(const Track &other) const
    {
        return type == other.type && id == other.id && title == other.title && artists == other.artists
            && album == other.album && coverUrl == other.coverUrl;
    }
};

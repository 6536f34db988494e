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

    // An address from a player or a service, as MelodyHue keeps and shows it: web addresses (and
    // local files, where `allowFiles`) only, without a user name or password, which /infos would
    // repeat to anyone; anything else becomes empty.
    static QUrl keptUrl(const QString &text, bool allowFiles = false)
    {
        QUrl url(text);
        const bool web = url.scheme() == u"https" || url.scheme() == u"http";
        if (!url.isValid() || !(web || (allowFiles && url.isLocalFile())) || (web && url.host().isEmpty()))
            return {};
        url.setUserInfo(QString());
        return url;
    }
    // The same item, whatever its progress.
    bool isSameItem(const Track &other) const
    {
        return type == other.type && id == other.id && title == other.title && artists == other.artists
            && album == other.album && coverUrl == other.coverUrl;
    }
};

#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// One playing item as every service maps it.
struct Track {
    QString id;
    QString title;
    QStringList artists;
    QString album;
    QUrl coverUrl;
    qint64 durationMs = 0;
    qint64 progressMs = 0;
    QUrl url;
    QString type = QStringLiteral("track");

    bool operator==(const Track &) const = default;
};

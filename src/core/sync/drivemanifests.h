#pragma once

#include "library/likedtrack.h"
#include "util/result.h"

#include <QHash>

// The lists MelodyHue keeps in each drive's MelodyHue folder, replaced whole on every sync:
// "Liked Songs.m3u8" (the liked tracks whose file is on the drive, for any player) and
// liked-tracks.json and .csv (every liked track, with its file on the drive or none).
class DriveManifests
{
public:
    static constexpr auto folderName = "MelodyHue";

    // `files`: each liked track's file on the drive (relative to the drive's folder), by
    // DrivesTable::key.
    static QByteArray playlist(const QList<LikedTrack> &liked, const QHash<QString, QString> &files);
    static QByteArray json(const QList<LikedTrack> &liked, const QHash<QString, QString> &files);
    static QByteArray csv(const QList<LikedTrack> &liked, const QHash<QString, QString> &files);

    static Result<void> write(
        const QString &driveFolder, const QList<LikedTrack> &liked, const QHash<QString, QString> &files);
};

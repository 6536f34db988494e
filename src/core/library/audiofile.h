#pragma once

#include <QString>

// One audio file of the user's own, with the tags MelodyHue matches liked tracks by. The file
// is only ever read.
struct AudioFile {
    QString path;
    qint64 size = 0;
    // When it was last modified, in milliseconds since the epoch: with the size, whether it
    // must be read again.
    qint64 modifiedMs = 0;
    QString isrc;
    // As the tags say, several artists joined with ", ".
    QString artists;
    QString title;
    QString album;
    qint64 durationMs = 0;
    int trackNumber = 0;

    // The extension, lower case, without the dot ("flac").
    QString extension() const
    {
        const qsizetype dot = path.lastIndexOf(u'.');
        return dot < 0 ? QString() : path.mid(dot + 1).toLower();
    }

    bool operator==(const AudioFile &) const = default;
};

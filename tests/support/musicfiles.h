#pragma once

#include <QString>

// Small audio files of the user's music folders, made by the tests: silent WAV (8 kHz, mono,
// 8 bits, so a second is 8 KB) with tags written by TagLib, as a tagger would.
struct MusicFileTags {
    QString title;
    QString artist;
    QString album;
    QString isrc;
    int trackNumber = 0;
};

namespace MusicFiles {

// Writes `path` (its folders made) lasting `durationMs`, tagged; false when it cannot.
bool write(const QString &path, qint64 durationMs, const MusicFileTags &tags);

} // namespace MusicFiles

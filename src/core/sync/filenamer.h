#pragma once

#include "library/audiofile.h"
#include "library/likedtrack.h"

#include <QString>

// Names a liked track's file on a drive from the `file_name_template` pattern
// ("{artist}/{album}/{track} - {title}.{ext}"). Titles and artists are hostile text: each
// folder and file name is made safe for Windows, macOS and Linux alike (no separators, "..",
// control characters, reserved names such as CON, trailing dots or spaces, and at most
// maximumNameBytes bytes), so the path always stays inside the drive's folder.
class FileNamer
{
public:
    static constexpr int maximumNameBytes = 120;
    static constexpr int maximumPathLength = 240;

    explicit FileNamer(QString pattern);

    // The path relative to the drive's folder, with '/' between names.
    QString relativePath(const LikedTrack &track, const AudioFile &file) const;

    // One folder or file name made safe; never empty.
    static QString safeName(const QString &text, int maximumBytes = maximumNameBytes);
    // Whether `relative` names something inside a folder (no "..", not absolute, no empty name).
    static bool staysInside(const QString &relative);

private:
    QString m_pattern;
};

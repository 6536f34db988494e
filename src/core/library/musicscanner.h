#pragma once

#include "library/audiofile.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>

// What a scan of the user's music folders found, against what the library knew.
struct MusicScan {
    // Files new or changed since the last scan, with their tags read again.
    QList<AudioFile> changed;
    // Files the library knew that are gone.
    QStringList gone;
    int unchanged = 0;
    // Audio files whose tags could not be read (damaged, or not really audio).
    int unreadable = 0;
    // Music folders that do not exist (an unplugged drive): what the library knew in them stays.
    QStringList missingFolders;
    // The folders walked, to watch for changes.
    QStringList directories;
};

// Walks the user's music folders (never following links, never writing) and reads the tags of
// audio files with TagLib. Blocking: it runs on a worker thread.
class MusicScanner
{
public:
    // Where each known file stood: its size and modification time.
    struct Stamp {
        qint64 size = 0;
        qint64 modifiedMs = 0;
    };
    using Known = QHash<QString, Stamp>;

    // `excluded`: folders inside the music folders that are not the user's music (the drives).
    static MusicScan scan(const QStringList &folders, const Known &known, const QStringList &excluded = {},
        const std::atomic_bool *stop = nullptr);
    static std::optional<AudioFile> read(const QString &path);
    static bool isAudioFileName(const QString &name);
};

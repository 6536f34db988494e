#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

// The folder the files for OBS go to, which is the user's: MelodyHue writes a name there only
// when nothing stands at it yet or when what stands there is the very file MelodyHue wrote last
// (its record, `.melodyhue-outputs.json` in the folder, keeps each file's SHA-256). A file of
// the user's, one changed since, a link or a folder at one of these names is left exactly as it
// is. Files are written through AtomicFile: whole, never through a link.
class OutputFolder
{
    Q_DECLARE_TR_FUNCTIONS(OutputFolder)

public:
    // A file's new content, or nullopt to remove it.
    using Changes = QHash<QString, std::optional<QByteArray>>;

    static QString recordFileName();
    // Applies `changes` in `folder` (on a worker thread: it may be a slow or unplugged drive).
    // Gives the names left alone because they are not MelodyHue's, or an Error when the folder
    // is gone or a write failed (what was written before stays recorded).
    static Result<QStringList> apply(const QString &folder, const Changes &changes);

    // The largest file that can be MelodyHue's own here (the cover, with room to spare).
    static constexpr qint64 largestOwnFileBytes = 16LL * 1024 * 1024;
};

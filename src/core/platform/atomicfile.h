#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

// Writing into folders the user chose, where anything may already stand at a name: a file is
// written whole to a new temporary file in the same folder (created exclusively, never through
// a link), flushed to the disk, then renamed over its name. The rename replaces the name
// itself: a symbolic link planted there is replaced, never followed, and a crash or an
// unplugged drive leaves the old file or the new one, never half of one. (QSaveFile writes
// through a symbolic link to its target.)
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static Result<void> write(const QString &path, const QByteArray &bytes);

    enum class Kind { Missing, RegularFile, Other };
    // What stands at `path` itself (a link is Other, whatever it points to).
    static Kind kindAt(const QString &path);
    // Reads a regular file at `path` (not through a link), up to `maximumBytes`; nothing if it
    // is not one, or larger.
    static std::optional<QByteArray> readRegular(const QString &path, qint64 maximumBytes);
};

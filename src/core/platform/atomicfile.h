#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

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
    // Copies `source` byte for byte to `path` the same way (a full or unplugged drive leaves no
    // part of it); `cancelled` is asked between chunks.
    static Result<void> copy(const QString &source, const QString &path, const std::function<bool()> &cancelled = {});

    // Makes the folders of `relative` (with '/' between names) inside `root`, one at a time,
    // refusing any that is a link or a file: nothing is ever written through a planted link.
    static Result<void> makeFolders(const QString &root, const QString &relative);
    // Renames `from` to `to` (the same drive), refusing to replace anything at `to`.
    static Result<void> moveAside(const QString &from, const QString &to);

    enum class Kind { Missing, RegularFile, Other };
    // What stands at `path` itself (a link is Other, whatever it points to).
    static Kind kindAt(const QString &path);
    // Reads a regular file at `path` (not through a link), up to `maximumBytes`; nothing if it
    // is not one, or larger.
    static std::optional<QByteArray> readRegular(const QString &path, qint64 maximumBytes);
};

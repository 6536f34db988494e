#include "platform/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

Result<void> replace(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
            reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    return Error{AtomicFile::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(to))};
#else
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    return Error{AtomicFile::tr("Cannot replace %1: %2.")
                     .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(::strerror(errno)))};
#endif
}

// Why writing into `path` failed, in words that say what to do: a full, read-only or
// unplugged drive is the usual reason on the drives MelodyHue fills.
Error writeFailure(const QString &path, int error, const QString &detail)
{
    const QString where = QDir::toNativeSeparators(path);
#ifdef Q_OS_UNIX
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return Error{AtomicFile::tr("There is no room left for %1: free some space on that drive, or choose another "
                                    "one.")
                         .arg(where),
            ErrorKind::NoSpace};
    case EROFS:
        return Error{AtomicFile::tr("%1 cannot be written: the drive is read-only.").arg(where)};
    case EACCES:
    case EPERM:
        return Error{AtomicFile::tr("%1 cannot be written: you are not allowed to write in that folder.").arg(where)};
    case ENOENT:
    case ENODEV:
    case ENXIO:
    case EIO:
        return Error{AtomicFile::tr("%1 cannot be written: the drive went away (unplugged?).").arg(where),
            ErrorKind::Unavailable};
    default:
        break;
    }
#else
    Q_UNUSED(error)
#endif
    return Error{AtomicFile::tr("Writing %1 failed: %2.").arg(where, detail)};
}

int lastError()
{
#ifdef Q_OS_UNIX
    return errno;
#else
    return 0;
#endif
}

// Writes a new temporary file beside `path` with `fill`, flushes it to the disk, then renames
// it over `path`. `fill` returns false on a failure, with errno set.
template<typename Fill>
Result<void> replaceWith(const QString &path, Fill fill)
{
    const QFileInfo target(path);
    // Created with O_EXCL under a random name: nothing planted can be opened instead.
    QTemporaryFile temporary(target.dir().filePath(u".%1.XXXXXX.part"_s.arg(target.fileName())));
    if (!temporary.open())
        return writeFailure(path, lastError(), temporary.errorString());
    const bool written = fill(temporary) && temporary.flush();
    int error = written ? 0 : lastError();
#ifdef Q_OS_UNIX
    const bool synced = written && ::fsync(temporary.handle()) == 0;
    if (written && !synced)
        error = errno;
#else
    const bool synced = written;
#endif
    if (!synced)
        return writeFailure(path, error, temporary.errorString());
    // Readable as any file the user makes there (QTemporaryFile makes its files private).
    temporary.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    temporary.close();
    if (auto replaced = replace(temporary.fileName(), path); !replaced)
        return replaced;
    temporary.setAutoRemove(false);
    return {};
}

} // namespace

Result<void> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    return replaceWith(path, [&](QFile &file) { return file.write(bytes) == bytes.size(); });
}

Result<void> AtomicFile::copy(const QString &source, const QString &path, const std::function<bool()> &cancelled)
{
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly)) {
        return Error{tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(source), input.errorString()),
            ErrorKind::NotFound};
    }
    bool readFailed = false;
    auto copied = replaceWith(path, [&](QFile &file) {
        constexpr qint64 chunk = 1 << 20;
        QByteArray buffer(chunk, Qt::Uninitialized);
        for (;;) {
            if (cancelled && cancelled()) {
                errno = ECANCELED;
                return false;
            }
            const qint64 read = input.read(buffer.data(), chunk);
            if (read < 0) {
                readFailed = true;
                return false;
            }
            if (read == 0)
                return true;
            if (file.write(buffer.constData(), read) != read)
                return false;
        }
    });
    if (!copied && readFailed) {
        return Error{tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(source), input.errorString()),
            ErrorKind::NotFound};
    }
    if (!copied && cancelled && cancelled())
        return Error{tr("The copy of %1 was stopped.").arg(QDir::toNativeSeparators(path)), ErrorKind::Cancelled};
    return copied;
}

Result<void> AtomicFile::makeFolders(const QString &root, const QString &relative)
{
    QString path = root;
    for (const QString &name : relative.split(u'/', Qt::SkipEmptyParts)) {
        path += u'/' + name;
        const QFileInfo info(path);
        if (info.isSymLink() || info.isJunction() || (info.exists() && !info.isDir())) {
            return Error{tr("%1 is in the way: a link or a file stands where a folder is needed. Move it away and sync "
                            "again.")
                             .arg(QDir::toNativeSeparators(path))};
        }
        if (info.exists())
            continue;
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return writeFailure(path, lastError(), tr("the folder cannot be made"));
    }
    return {};
}

Result<void> AtomicFile::moveAside(const QString &from, const QString &to)
{
    if (kindAt(to) != Kind::Missing)
        return Error{tr("%1 already exists.").arg(QDir::toNativeSeparators(to))};
    if (!QFile::rename(from, to))
        return writeFailure(to, lastError(), tr("it cannot be moved there"));
    return {};
}

AtomicFile::Kind AtomicFile::kindAt(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return errno == ENOENT ? Kind::Missing : Kind::Other;
    return S_ISREG(status.st_mode) ? Kind::RegularFile : Kind::Other;
#else
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Kind::Missing;
    return info.isFile() && !info.isSymLink() && !info.isJunction() ? Kind::RegularFile : Kind::Other;
#endif
}

std::optional<QByteArray> AtomicFile::readRegular(const QString &path, qint64 maximumBytes)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return std::nullopt;
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode) || status.st_size > maximumBytes) {
        ::close(descriptor);
        return std::nullopt;
    }
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return std::nullopt;
    }
#else
    if (kindAt(path) != Kind::RegularFile)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
#endif
    QByteArray bytes = file.read(maximumBytes + 1);
    if (bytes.size() > maximumBytes)
        return std::nullopt;
    return bytes;
}

#include "platform/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
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

} // namespace

Result<void> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo target(path);
    // Created with O_EXCL under a random name: nothing planted can be opened instead.
    QTemporaryFile temporary(target.dir().filePath(u".%1.XXXXXX.part"_s.arg(target.fileName())));
    if (!temporary.open()) {
        return Error{tr("Writing %1 failed: %2.").arg(QDir::toNativeSeparators(path), temporary.errorString())};
    }
    const bool written = temporary.write(bytes) == bytes.size() && temporary.flush();
#ifdef Q_OS_UNIX
    const int writeError = written ? 0 : errno;
    const bool synced = written && ::fsync(temporary.handle()) == 0;
    const QString why = QString::fromLocal8Bit(::strerror(written ? errno : writeError));
#else
    const bool synced = written;
    const QString why = temporary.errorString();
#endif
    if (!synced)
        return Error{tr("Writing %1 failed: %2.").arg(QDir::toNativeSeparators(path), why)};
    // Readable as any file the user makes there (QTemporaryFile makes its files private).
    temporary.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    temporary.close();
    if (auto replaced = replace(temporary.fileName(), path); !replaced)
        return replaced;
    temporary.setAutoRemove(false);
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

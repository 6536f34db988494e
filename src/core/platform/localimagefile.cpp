#include "platform/localimagefile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Result<QByteArray> LocalImageFile::read(const QString &path, qint64 maximumBytes)
{
    const Error refused{tr("The player’s cover file cannot be used.")};
    if (!QFileInfo(path).isAbsolute())
        return refused;
#ifdef Q_OS_UNIX
    // Opened without blocking and checked on the open descriptor: a FIFO or a device swapped in
    // after a check by name is still refused.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (descriptor < 0)
        return refused;
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode) || status.st_size > maximumBytes
        || status.st_size == 0) {
        ::close(descriptor);
        return refused;
    }
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return refused;
    }
#else
    QFile file(path);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() > maximumBytes || !file.open(QIODevice::ReadOnly))
        return refused;
#endif
    QByteArray bytes = file.read(maximumBytes + 1);
    if (bytes.isEmpty() || bytes.size() > maximumBytes)
        return refused;
    return bytes;
}

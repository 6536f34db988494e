#include "sync/drivestate.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

DriveState DriveState::read(const DriveRecord &drive)
{
    DriveState state;
    state.id = drive.id;
    state.path = drive.path;
    state.label = QFileInfo(drive.path).fileName();
    const QFileInfo folder(drive.path);
    if (!folder.isDir())
        return state;
    const QStorageInfo storage(drive.path);
    if (!storage.isValid() || !storage.isReady())
        return state;
    // The folder is there but on another file system: the drive's empty mount point.
    if (!drive.mountRoot.isEmpty() && storage.rootPath() != drive.mountRoot)
        return state;
    state.mounted = true;
    // A drive's own name; a folder on the system's disk goes by its folder's name.
    if (!storage.name().isEmpty() && storage.rootPath() != QDir::rootPath())
        state.label = storage.name();
    state.totalBytes = storage.bytesTotal();
    state.freeBytes = storage.bytesAvailable();
    return state;
}

QString DriveState::mountRootOf(const QString &path)
{
    const QStorageInfo storage(path);
    return storage.isValid() ? storage.rootPath() : QString();
}

QString DriveTexts::notConnected(const QString &label)
{
    return tr("%1 is not connected: its tracks are copied when you plug it in again.").arg(label);
}

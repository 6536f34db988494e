#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// A folder, usually on an external drive, that liked tracks are copied to.
struct DriveRecord {
    qint64 id = 0;
    QString path;
    // Where its file system was mounted when it was added ("/media/ana/BLUE").
    QString mountRoot;
    QDateTime addedAt;
};

// An audio file MelodyHue placed on a drive, for one liked track.
struct DriveFile {
    QString service;
    QString trackId;
    // Inside the drive's folder, with '/' between names.
    QString relativePath;
    qint64 size = 0;
    // false: an identical file of the user's already stood there; it is never moved.
    bool owned = true;
};

// The drives and the files on them (migration 0008). A file is recorded only once it is in
// place, and forgotten once it was moved aside.
class DrivesTable
{
    Q_DECLARE_TR_FUNCTIONS(DrivesTable)

public:
    explicit DrivesTable(Database &database);

    Result<QList<DriveRecord>> drives() const;
    Result<DriveRecord> add(const QString &path, const QString &mountRoot);
    // Forgets the drive and its files' records; the files themselves stay on the drive.
    Result<bool> remove(qint64 id);

    // The files on `drive`, by "service\ntrack id".
    Result<QHash<QString, DriveFile>> files(qint64 drive) const;
    Result<int> fileCount(qint64 drive) const;
    Result<void> recordFile(qint64 drive, const DriveFile &file);
    Result<void> forgetFile(qint64 drive, const QString &service, const QString &trackId);

    static QString key(const QString &service, const QString &trackId) { return service + u'\n' + trackId; }

private:
    Database &m_database;
};

#pragma once

#include "storage/drivestable.h"

#include <QCoreApplication>
#include <QString>

// How one drive stands, for the Dashboard, the tray and GET /api/drives.
struct DriveState {
    qint64 id = 0;
    QString path;
    // The volume's label ("BLUE"), or the folder's name.
    QString label;
    // Plugged in and mounted where it was when it was added.
    bool mounted = false;
    qint64 totalBytes = 0;
    qint64 freeBytes = 0;
    // Liked tracks whose audio file is on it, and those that are not (yet).
    int present = 0;
    int missing = 0;
    // Copies that failed in the last sync, and why (empty when none did).
    int failed = 0;
    QString problem;

    bool operator==(const DriveState &) const = default;

    // Reads the label, the mount and the space of `drive` (QStorageInfo); counts stay zero.
    static DriveState read(const DriveRecord &drive);
    // Where the file system holding `path` is mounted ("/media/ana/BLUE"), for a new drive.
    static QString mountRootOf(const QString &path);
};

// The sentences about drives, for their translation context.
class DriveTexts
{
    Q_DECLARE_TR_FUNCTIONS(DriveTexts)

public:
    static QString notConnected(const QString &label);
};

#pragma once

#include "library/musicscanner.h"
#include "util/result.h"

#include <QCoreApplication>

class Database;

// The user's audio files as the last scan read them (migration 0008).
class MusicFilesTable
{
    Q_DECLARE_TR_FUNCTIONS(MusicFilesTable)

public:
    explicit MusicFilesTable(Database &database);

    Result<MusicScanner::Known> stamps() const;
    Result<QList<AudioFile>> all() const;
    // Writes what a scan found, in one transaction.
    Result<void> apply(const MusicScan &scan);
    // Forgets files outside every one of `folders` (a music folder the user removed).
    Result<int> keepOnlyInside(const QStringList &folders);

private:
    Database &m_database;
};

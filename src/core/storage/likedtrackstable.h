#pragma once

#include "library/likedtrack.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

class Database;

// Where one service's sync of liked tracks stands.
struct SyncProgress {
    // Liked tracks the service said it has, at the last page read.
    int total = 0;
    // The first full read goes on from here (after a restart, or on the next day).
    int nextOffset = 0;
    // The first full read has finished: later syncs read from the newest like down.
    bool complete = false;
    QDateTime lastSync;
    QString lastError;
};

// The library of liked tracks (migration 0007). Each page of a sync is written in one
// transaction with where the sync stands, so that a sync stopped at any moment (a crash,
// kill -9, an unplugged computer) loses nothing written and goes on where it stopped.
class LikedTracksTable
{
    Q_DECLARE_TR_FUNCTIONS(LikedTracksTable)

public:
    explicit LikedTracksTable(Database &database);

    // Writes a page the service listed from `offset` (new tracks added, known ones updated, a
    // track liked again liked again) and the progress together; returns how many tracks were
    // new to the library or liked again.
    Result<int> savePage(
        const QString &service, int offset, const QList<LikedTrack> &items, const SyncProgress &progress);
    Result<void> saveProgress(const QString &service, const SyncProgress &progress);
    Result<SyncProgress> progress(const QString &service) const;

    // Still liked, newest first (in the service's order).
    Result<QList<LikedTrack>> liked(const QString &service) const;
    // Which of `ids` the library holds as liked.
    Result<QSet<QString>> likedAmong(const QString &service, const QStringList &ids) const;
    Result<int> likedCount(const QString &service) const;
    Result<std::optional<LikedTrack>> find(const QString &service, const QString &id) const;
    Result<void> markUnliked(const QString &service, const QStringList &ids, const QDateTime &when);

private:
    Database &m_database;
};

#pragma once

#include "history/playedtrack.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The play history (migration 0009): a row when a track starts, its end written when it ends.
class PlayHistoryTable
{
    Q_DECLARE_TR_FUNCTIONS(PlayHistoryTable)

public:
    explicit PlayHistoryTable(Database &database);

    // Writes a track that started (its endedAt is ignored); returns its id.
    Result<qint64> start(const PlayedTrack &track);
    Result<void> end(qint64 id, const QDateTime &when);
    // The same track plays again after a pause: it has not ended.
    Result<void> reopen(qint64 id);
    // Tracks a stopped process left playing end at their start plus their length, or `now`
    // if that comes first; returns how many.
    Result<int> closeUnfinished(const QDateTime &now);
    // Newest first, at most `limit`, started at or after `since` when it is valid.
    Result<QList<PlayedTrack>> newest(int limit, const QDateTime &since = {}) const;
    // Oldest first: every track that played between `from` and `to` (still playing at `from`
    // counts; `to` invalid means until now).
    Result<QList<PlayedTrack>> between(const QDateTime &from, const QDateTime &to) const;
    Result<int> forgetBefore(const QDateTime &when);

private:
    Database &m_database;
};

#pragma once

#include "history/streamsession.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The streams and recordings (migration 0010).
class StreamSessionsTable
{
    Q_DECLARE_TR_FUNCTIONS(StreamSessionsTable)

public:
    explicit StreamSessionsTable(Database &database);

    Result<qint64> start(const QString &kind, const QDateTime &startedAt);
    // `when` invalid: it runs again.
    Result<void> end(qint64 id, const QDateTime &when);
    // Newest first.
    Result<QList<StreamSession>> newest(int limit) const;
    Result<std::optional<StreamSession>> find(qint64 id) const;
    Result<std::optional<StreamSession>> latest(const QString &kind) const;
    Result<QList<StreamSession>> unfinished() const;

private:
    Result<QList<StreamSession>> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

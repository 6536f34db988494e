#include "storage/streamsessionstable.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : u""_s;
}

QDateTime timeFrom(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Error failure(const QSqlQuery &query)
{
    return Error{StreamSessionsTable::tr("The list of streams and recordings could not be read or written: %1")
                     .arg(query.lastError().text())};
}

} // namespace

StreamSessionsTable::StreamSessionsTable(Database &database)
    : m_database(database)
{ }

Result<qint64> StreamSessionsTable::start(const QString &kind, const QDateTime &startedAt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO stream_sessions (kind, started_at) VALUES (?, ?)"_s);
    query.addBindValue(kind);
    query.addBindValue(timeText(startedAt));
    if (!query.exec())
        return failure(query);
    return query.lastInsertId().toLongLong();
}

Result<void> StreamSessionsTable::end(qint64 id, const QDateTime &when)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE stream_sessions SET ended_at = ? WHERE id = ?"_s);
    query.addBindValue(timeText(when));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    return {};
}

Result<QList<StreamSession>> StreamSessionsTable::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, kind, started_at, ended_at FROM stream_sessions "_s + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    QList<StreamSession> sessions;
    while (query.next()) {
        sessions.append({query.value(0).toLongLong(), query.value(1).toString(), timeFrom(query.value(2)),
            timeFrom(query.value(3))});
    }
    return sessions;
}

Result<QList<StreamSession>> StreamSessionsTable::newest(int limit) const
{
    return select(u"ORDER BY started_at DESC, id DESC LIMIT ?"_s, {limit});
}

Result<std::optional<StreamSession>> StreamSessionsTable::find(qint64 id) const
{
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<StreamSession>> StreamSessionsTable::latest(const QString &kind) const
{
    auto found = select(u"WHERE kind = ? ORDER BY started_at DESC, id DESC LIMIT 1"_s, {kind});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<StreamSession>> StreamSessionsTable::unfinished() const
{
    return select(u"WHERE ended_at = ''"_s, {});
}

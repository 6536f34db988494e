#include "storage/playhistorytable.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Empty, not null: a null string is bound as NULL. UTC with milliseconds sorts as text.
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : u""_s;
}

QDateTime timeFrom(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

Error failure(const QSqlQuery &query)
{
    return Error{
        PlayHistoryTable::tr("The play history could not be read or written: %1").arg(query.lastError().text())};
}

const QString columns = u"id, started_at, ended_at, source, reporter, service, type, uri, title, artists, album, "
                        "duration_ms, stream_safe, muted"_s;

PlayedTrack trackFrom(const QSqlQuery &query)
{
    PlayedTrack track;
    track.id = query.value(0).toLongLong();
    track.startedAt = timeFrom(query.value(1));
    track.endedAt = timeFrom(query.value(2));
    track.source = query.value(3).toString();
    track.reporter = query.value(4).toString();
    track.service = query.value(5).toString();
    track.type = query.value(6).toString();
    track.uri = query.value(7).toString();
    track.title = query.value(8).toString();
    for (const auto &artist : QJsonDocument::fromJson(query.value(9).toString().toUtf8()).array())
        track.artists.append(artist.toString());
    track.album = query.value(10).toString();
    track.durationMs = query.value(11).toLongLong();
    if (!query.value(12).isNull())
        track.streamSafe = query.value(12).toBool();
    track.muted = query.value(13).toBool();
    return track;
}

Result<QList<PlayedTrack>> tracksOf(QSqlQuery &query)
{
    if (!query.exec())
        return failure(query);
    QList<PlayedTrack> tracks;
    while (query.next())
        tracks.append(trackFrom(query));
    return tracks;
}

} // namespace

PlayHistoryTable::PlayHistoryTable(Database &database)
    : m_database(database)
{ }

Result<qint64> PlayHistoryTable::start(const PlayedTrack &track)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO play_history (started_at, source, reporter, service, type, uri, title, artists, "
                  "album, duration_ms, stream_safe, muted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(timeText(track.startedAt));
    query.addBindValue(text(track.source));
    query.addBindValue(text(track.reporter));
    query.addBindValue(text(track.service));
    query.addBindValue(text(track.type));
    query.addBindValue(text(track.uri));
    query.addBindValue(text(track.title));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(track.artists)).toJson(QJsonDocument::Compact)));
    query.addBindValue(text(track.album));
    query.addBindValue(track.durationMs);
    query.addBindValue(track.streamSafe ? QVariant(int(*track.streamSafe)) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(int(track.muted));
    if (!query.exec())
        return failure(query);
    return query.lastInsertId().toLongLong();
}

Result<void> PlayHistoryTable::end(qint64 id, const QDateTime &when)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE play_history SET ended_at = ? WHERE id = ?"_s);
    query.addBindValue(timeText(when));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    return {};
}

Result<void> PlayHistoryTable::reopen(qint64 id)
{
    return end(id, QDateTime());
}

Result<int> PlayHistoryTable::closeUnfinished(const QDateTime &now)
{
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery open(m_database.connection());
    open.prepare(u"SELECT id, started_at, duration_ms FROM play_history WHERE ended_at = ''"_s);
    if (!open.exec())
        return failure(open);
    int closed = 0;
    while (open.next()) {
        const QDateTime started = timeFrom(open.value(1));
        const QDateTime ended = std::min(started.addMSecs(open.value(2).toLongLong()), now);
        QSqlQuery update(m_database.connection());
        update.prepare(u"UPDATE play_history SET ended_at = ? WHERE id = ?"_s);
        update.addBindValue(timeText(std::max(ended, started)));
        update.addBindValue(open.value(0));
        if (!update.exec())
            return failure(update);
        ++closed;
    }
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return closed;
}

Result<QList<PlayedTrack>> PlayHistoryTable::newest(int limit, const QDateTime &since) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT %1 FROM play_history WHERE started_at >= ? ORDER BY started_at DESC, id DESC LIMIT ?"_s.arg(columns));
    query.addBindValue(timeText(since));
    query.addBindValue(limit);
    return tracksOf(query);
}

Result<QList<PlayedTrack>> PlayHistoryTable::between(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM play_history WHERE (ended_at = '' OR ended_at > ?) AND (? = '' OR started_at < ?) "
                  "ORDER BY started_at, id"_s.arg(columns));
    query.addBindValue(timeText(from));
    query.addBindValue(timeText(to));
    query.addBindValue(timeText(to));
    return tracksOf(query);
}

Result<int> PlayHistoryTable::forgetBefore(const QDateTime &when)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM play_history WHERE started_at < ? AND ended_at != ''"_s);
    query.addBindValue(timeText(when));
    if (!query.exec())
        return failure(query);
    return query.numRowsAffected();
}

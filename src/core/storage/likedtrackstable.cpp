#include "storage/likedtrackstable.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    // Empty, not null: a null string is bound as NULL.
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : u""_s;
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// The text columns are NOT NULL: a null QString would be bound as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

Error failure(const QSqlQuery &query)
{
    return Error{LikedTracksTable::tr("The library could not be read or written: %1").arg(query.lastError().text())};
}

const QString columns = u"track_id, uri, title, artists, album, duration_ms, isrc, added_at, cover_url, "
                        "first_seen, unliked_at"_s;
const QString newestFirst = u"ORDER BY added_at DESC, list_order"_s;

LikedTrack trackFrom(const QString &service, const QSqlQuery &query)
{
    LikedTrack track;
    track.service = service;
    track.id = query.value(0).toString();
    track.uri = query.value(1).toString();
    track.title = query.value(2).toString();
    for (const auto &artist : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
        track.artists.append(artist.toString());
    track.album = query.value(4).toString();
    track.durationMs = query.value(5).toLongLong();
    track.isrc = query.value(6).toString();
    track.addedAt = timeFrom(query.value(7));
    track.coverUrl = QUrl(query.value(8).toString());
    track.firstSeen = timeFrom(query.value(9));
    track.unlikedAt = timeFrom(query.value(10));
    return track;
}

} // namespace

LikedTracksTable::LikedTracksTable(Database &database)
    : m_database(database)
{ }

Result<int> LikedTracksTable::savePage(
    const QString &service, int offset, const QList<LikedTrack> &items, const SyncProgress &progress)
{
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery known(m_database.connection());
    known.prepare(u"SELECT 1 FROM liked_tracks WHERE service = ? AND track_id = ? AND unliked_at IS NULL"_s);
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(
        u"INSERT INTO liked_tracks (service, %1, list_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "NULL, ?) ON CONFLICT(service, track_id) DO UPDATE SET uri = excluded.uri, "
        "title = excluded.title, artists = excluded.artists, album = excluded.album, "
        "duration_ms = excluded.duration_ms, isrc = excluded.isrc, added_at = excluded.added_at, "
        "cover_url = excluded.cover_url, list_order = excluded.list_order, unliked_at = NULL"_s.arg(columns));
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    int added = 0;
    int order = offset;
    for (const LikedTrack &track : items) {
        known.addBindValue(service);
        known.addBindValue(track.id);
        if (!known.exec())
            return failure(known);
        added += known.next() ? 0 : 1;
        known.finish();
        QJsonArray artists;
        for (const QString &artist : track.artists)
            artists.append(artist);
        for (const QVariant &value : {text(service), text(track.id), text(track.uri), text(track.title),
                 text(QString::fromUtf8(QJsonDocument(artists).toJson(QJsonDocument::Compact))), text(track.album),
                 QVariant(track.durationMs), text(track.isrc), text(timeText(track.addedAt)),
                 text(track.coverUrl.toString()), text(now), QVariant(order++)})
            upsert.addBindValue(value);
        if (!upsert.exec())
            return failure(upsert);
    }
    if (auto saved = saveProgress(service, progress); !saved)
        return saved.error();
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return added;
}

Result<void> LikedTracksTable::saveProgress(const QString &service, const SyncProgress &progress)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO sync_progress (service, total, next_offset, complete, last_sync, last_error) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(service) DO UPDATE SET total = excluded.total, "
                  "next_offset = excluded.next_offset, complete = excluded.complete, "
                  "last_sync = excluded.last_sync, last_error = excluded.last_error"_s);
    query.addBindValue(service);
    query.addBindValue(progress.total);
    query.addBindValue(progress.nextOffset);
    query.addBindValue(progress.complete ? 1 : 0);
    query.addBindValue(timeText(progress.lastSync));
    query.addBindValue(text(progress.lastError));
    if (!query.exec())
        return failure(query);
    return {};
}

Result<SyncProgress> LikedTracksTable::progress(const QString &service) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT total, next_offset, complete, last_sync, last_error FROM sync_progress WHERE service = ?"_s);
    query.addBindValue(service);
    if (!query.exec())
        return failure(query);
    SyncProgress progress;
    if (query.next()) {
        progress.total = query.value(0).toInt();
        progress.nextOffset = query.value(1).toInt();
        progress.complete = query.value(2).toBool();
        progress.lastSync = timeFrom(query.value(3).toString().isEmpty() ? QVariant() : query.value(3));
        progress.lastError = query.value(4).toString();
    }
    return progress;
}

Result<QList<LikedTrack>> LikedTracksTable::liked(const QString &service) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM liked_tracks WHERE service = ? AND unliked_at IS NULL %2"_s.arg(columns, newestFirst));
    query.addBindValue(service);
    if (!query.exec())
        return failure(query);
    QList<LikedTrack> tracks;
    while (query.next())
        tracks.append(trackFrom(service, query));
    return tracks;
}

Result<QSet<QString>> LikedTracksTable::likedAmong(const QString &service, const QStringList &ids) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM liked_tracks WHERE service = ? AND track_id = ? AND unliked_at IS NULL"_s);
    QSet<QString> known;
    for (const QString &id : ids) {
        query.addBindValue(service);
        query.addBindValue(id);
        if (!query.exec())
            return failure(query);
        if (query.next())
            known.insert(id);
        query.finish();
    }
    return known;
}

Result<int> LikedTracksTable::likedCount(const QString &service) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM liked_tracks WHERE service = ? AND unliked_at IS NULL"_s);
    query.addBindValue(service);
    if (!query.exec() || !query.next())
        return failure(query);
    return query.value(0).toInt();
}

Result<std::optional<LikedTrack>> LikedTracksTable::find(const QString &service, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM liked_tracks WHERE service = ? AND track_id = ?"_s.arg(columns));
    query.addBindValue(service);
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<LikedTrack>();
    return std::optional<LikedTrack>(trackFrom(service, query));
}

Result<void> LikedTracksTable::markUnliked(const QString &service, const QStringList &ids, const QDateTime &when)
{
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"UPDATE liked_tracks SET unliked_at = ? WHERE service = ? AND track_id = ? AND unliked_at IS NULL"_s);
    for (const QString &id : ids) {
        query.addBindValue(timeText(when));
        query.addBindValue(service);
        query.addBindValue(id);
        if (!query.exec())
            return failure(query);
    }
    return transaction.value().commit();
}

#include "storage/musicfilestable.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

Error failure(const QSqlQuery &query)
{
    return Error{MusicFilesTable::tr("The list of your music files could not be read or written: %1")
                     .arg(query.lastError().text())};
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

} // namespace

MusicFilesTable::MusicFilesTable(Database &database)
    : m_database(database)
{ }

Result<MusicScanner::Known> MusicFilesTable::stamps() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT path, size, modified_ms FROM music_files"_s))
        return failure(query);
    MusicScanner::Known known;
    while (query.next())
        known.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong()});
    return known;
}

Result<QList<AudioFile>> MusicFilesTable::all() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT path, size, modified_ms, isrc, artists, title, album, duration_ms, track_number "
                    "FROM music_files ORDER BY path"_s))
        return failure(query);
    QList<AudioFile> files;
    while (query.next()) {
        AudioFile file;
        file.path = query.value(0).toString();
        file.size = query.value(1).toLongLong();
        file.modifiedMs = query.value(2).toLongLong();
        file.isrc = query.value(3).toString();
        file.artists = query.value(4).toString();
        file.title = query.value(5).toString();
        file.album = query.value(6).toString();
        file.durationMs = query.value(7).toLongLong();
        file.trackNumber = query.value(8).toInt();
        files.append(std::move(file));
    }
    return files;
}

Result<void> MusicFilesTable::apply(const MusicScan &scan)
{
    if (scan.changed.isEmpty() && scan.gone.isEmpty())
        return {};
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(u"INSERT OR REPLACE INTO music_files (path, size, modified_ms, isrc, artists, title, album, "
                   "duration_ms, track_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const AudioFile &file : scan.changed) {
        upsert.addBindValue(file.path);
        upsert.addBindValue(file.size);
        upsert.addBindValue(file.modifiedMs);
        upsert.addBindValue(text(file.isrc));
        upsert.addBindValue(text(file.artists));
        upsert.addBindValue(text(file.title));
        upsert.addBindValue(text(file.album));
        upsert.addBindValue(file.durationMs);
        upsert.addBindValue(file.trackNumber);
        if (!upsert.exec())
            return failure(upsert);
    }
    QSqlQuery remove(m_database.connection());
    remove.prepare(u"DELETE FROM music_files WHERE path = ?"_s);
    for (const QString &path : scan.gone) {
        remove.addBindValue(path);
        if (!remove.exec())
            return failure(remove);
    }
    return transaction.value().commit();
}

Result<int> MusicFilesTable::keepOnlyInside(const QStringList &folders)
{
    const auto known = stamps();
    if (!known)
        return known.error();
    MusicScan outside;
    for (auto it = known->cbegin(); it != known->cend(); ++it) {
        const bool inside = std::any_of(folders.cbegin(), folders.cend(),
            [&](const QString &folder) { return it.key().startsWith(folder.endsWith(u'/') ? folder : folder + u'/'); });
        if (!inside)
            outside.gone.append(it.key());
    }
    if (auto applied = apply(outside); !applied)
        return applied.error();
    return int(outside.gone.size());
}

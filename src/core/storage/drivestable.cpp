#include "storage/drivestable.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

Error failure(const QSqlQuery &query)
{
    return Error{DrivesTable::tr("The list of drives could not be read or written: %1").arg(query.lastError().text())};
}

} // namespace

DrivesTable::DrivesTable(Database &database)
    : m_database(database)
{ }

Result<QList<DriveRecord>> DrivesTable::drives() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, path, mount_root, added_at FROM drives ORDER BY id"_s))
        return failure(query);
    QList<DriveRecord> drives;
    while (query.next()) {
        drives.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs)});
    }
    return drives;
}

Result<DriveRecord> DrivesTable::add(const QString &path, const QString &mountRoot)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO drives (path, mount_root, added_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(path);
    query.addBindValue(mountRoot);
    query.addBindValue(now.toString(Qt::ISODateWithMs));
    if (!query.exec())
        return failure(query);
    return DriveRecord{query.lastInsertId().toLongLong(), path, mountRoot, now};
}

Result<bool> DrivesTable::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM drives WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    return query.numRowsAffected() > 0;
}

Result<QHash<QString, DriveFile>> DrivesTable::files(qint64 drive) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT service, track_id, relative_path, size, owned FROM drive_files WHERE drive_id = ?"_s);
    query.addBindValue(drive);
    if (!query.exec())
        return failure(query);
    QHash<QString, DriveFile> files;
    while (query.next()) {
        DriveFile file{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong(), query.value(4).toBool()};
        const QString name = key(file.service, file.trackId);
        files.insert(name, file);
    }
    return files;
}

Result<int> DrivesTable::fileCount(qint64 drive) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM drive_files WHERE drive_id = ?"_s);
    query.addBindValue(drive);
    if (!query.exec() || !query.next())
        return failure(query);
    return query.value(0).toInt();
}

Result<void> DrivesTable::recordFile(qint64 drive, const DriveFile &file)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR REPLACE INTO drive_files (drive_id, service, track_id, relative_path, size, owned, "
                  "placed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(drive);
    query.addBindValue(file.service);
    query.addBindValue(file.trackId);
    query.addBindValue(file.relativePath);
    query.addBindValue(file.size);
    query.addBindValue(file.owned ? 1 : 0);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return failure(query);
    return {};
}

Result<void> DrivesTable::forgetFile(qint64 drive, const QString &service, const QString &trackId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM drive_files WHERE drive_id = ? AND service = ? AND track_id = ?"_s);
    query.addBindValue(drive);
    query.addBindValue(service);
    query.addBindValue(trackId);
    if (!query.exec())
        return failure(query);
    return {};
}

#include "storage/coverstable.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

Error failure(const QSqlQuery &query)
{
    return Error{CoversTable::tr("The cover cache’s database failed: %1").arg(query.lastError().text())};
}

} // namespace

CoversTable::CoversTable(Database &database)
    : m_database(database)
{ }

Result<std::optional<CoverRecord>> CoversTable::use(const QString &url)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT dominant, vibrant, muted, text_color, file, mime_type, bytes FROM covers WHERE url = ?"_s);
    query.addBindValue(url);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<CoverRecord>();
    CoverRecord record;
    record.url = url;
    record.palette = {QColor(query.value(0).toString()), QColor(query.value(1).toString()),
        QColor(query.value(2).toString()), QColor(query.value(3).toString())};
    record.file = query.value(4).toString();
    record.mimeType = query.value(5).toString().toLatin1();
    record.bytes = query.value(6).toLongLong();
    QSqlQuery touch(m_database.connection());
    touch.prepare(u"UPDATE covers SET used_at = ? WHERE url = ?"_s);
    touch.addBindValue(QDateTime::currentMSecsSinceEpoch());
    touch.addBindValue(url);
    if (!touch.exec())
        return failure(touch);
    return std::optional<CoverRecord>(record);
}

Result<void> CoversTable::put(const CoverRecord &record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR REPLACE INTO covers (url, dominant, vibrant, muted, text_color, file, mime_type, bytes, "
                  "used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.url);
    for (const QColor &color :
        {record.palette.dominant, record.palette.vibrant, record.palette.muted, record.palette.text})
        query.addBindValue(color.name(QColor::HexRgb));
    query.addBindValue(record.file);
    query.addBindValue(QString::fromLatin1(record.mimeType));
    query.addBindValue(record.bytes);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return failure(query);
    return {};
}

Result<void> CoversTable::remove(const QString &url)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM covers WHERE url = ?"_s);
    query.addBindValue(url);
    if (!query.exec())
        return failure(query);
    return {};
}

Result<QStringList> CoversTable::trim(qint64 maximumBytes)
{
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT url, file, bytes FROM covers ORDER BY used_at DESC, rowid DESC"_s))
        return failure(query);
    qint64 kept = 0;
    QStringList urls;
    QStringList files;
    while (query.next()) {
        kept += query.value(2).toLongLong();
        if (kept > maximumBytes) {
            urls << query.value(0).toString();
            files << query.value(1).toString();
        }
    }
    QSqlQuery removal(m_database.connection());
    removal.prepare(u"DELETE FROM covers WHERE url = ?"_s);
    for (const QString &url : std::as_const(urls)) {
        removal.addBindValue(url);
        if (!removal.exec())
            return failure(removal);
    }
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return files;
}

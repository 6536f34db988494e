#include "storage/keyvaluetable.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

KeyValueTable::KeyValueTable(Database &database, Name name)
    : m_database(database)
    , m_name(name)
    , m_table(name == Name::Meta ? u"meta"_s : u"settings"_s)
{ }

Error KeyValueTable::readError(const QString &reason) const
{
    return Error{tr("Reading the %1 from the database failed: %2")
                     .arg(m_name == Name::Meta ? tr("data folder’s facts") : tr("settings"), reason)};
}

Result<std::optional<QString>> KeyValueTable::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT value FROM %1 WHERE key = ?"_s.arg(m_table));
    query.addBindValue(key);
    if (!query.exec())
        return readError(query.lastError().text());
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<QHash<QString, QString>> KeyValueTable::all() const
{
    QHash<QString, QString> values;
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT key, value FROM %1"_s.arg(m_table)))
        return readError(query.lastError().text());
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

Result<void> KeyValueTable::write(const QHash<QString, QString> &values)
{
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery query(m_database.connection());
    // Settings say when they last changed; the data folder's facts do not.
    query.prepare(m_name == Name::Settings
            ? u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
              "excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s
            : u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec())
            return Error{tr("Saving to the database failed: %1").arg(query.lastError().text())};
    }
    return transaction.value().commit();
}

Result<void> KeyValueTable::remove(const QStringList &keys)
{
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM %1 WHERE key = ?"_s.arg(m_table));
    for (const QString &key : keys) {
        query.addBindValue(key);
        if (!query.exec())
            return Error{tr("Saving to the database failed: %1").arg(query.lastError().text())};
    }
    return transaction.value().commit();
}

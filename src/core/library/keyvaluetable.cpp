#include "library/keyvaluetable.h"

#include "library/database.h"
#include "library/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

KeyValueTable::KeyValueTable(Database &database, Name name)
    : m_database(database)
    , m_table(name == Name::Meta ? u"meta"_s : u"settings"_s)
{ }

std::optional<QString> KeyValueTable::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT value FROM %1 WHERE key = ?"_s.arg(m_table));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QHash<QString, QString> KeyValueTable::all() const
{
    QHash<QString, QString> values;
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT key, value FROM %1"_s.arg(m_table)))
        return values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

Result<void> KeyValueTable::write(const QHash<QString, QString> &values)
{
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO %1 (key, value) VALUES (?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s.arg(m_table));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec())
            return Error{tr("Saving to the database failed: %1").arg(query.lastError().text())};
    }
    return transaction.commit();
}

Result<void> KeyValueTable::remove(const QStringList &keys)
{
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM %1 WHERE key = ?"_s.arg(m_table));
    for (const QString &key : keys) {
        query.addBindValue(key);
        if (!query.exec())
            return Error{tr("Saving to the database failed: %1").arg(query.lastError().text())};
    }
    return transaction.commit();
}

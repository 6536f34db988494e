#include "storage/apiusagetable.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

ApiUsageTable::ApiUsageTable(Database &database)
    : m_database(database)
{ }

Result<int> ApiUsageTable::requestsOn(const QString &service, QDate day) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT requests FROM api_usage WHERE service = ? AND day = ?"_s);
    query.addBindValue(service);
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return Error{tr("Reading today’s requests failed: %1").arg(query.lastError().text())};
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> ApiUsageTable::write(const QString &service, QDate day, int requests)
{
    auto transaction = Transaction::begin(m_database.connection());
    if (!transaction)
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO api_usage (service, day, requests) VALUES (?, ?, ?) "
                  "ON CONFLICT(service, day) DO UPDATE SET requests = excluded.requests"_s);
    query.addBindValue(service);
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(requests);
    QSqlQuery old(m_database.connection());
    old.prepare(u"DELETE FROM api_usage WHERE service = ? AND day < ?"_s);
    old.addBindValue(service);
    old.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec() || !old.exec())
        return Error{tr("Counting the request failed: %1").arg(query.lastError().text() + old.lastError().text())};
    return transaction.value().commit();
}

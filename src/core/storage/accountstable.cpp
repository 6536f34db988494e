#include "storage/accountstable.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt binds a null QString as SQL NULL; these columns hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

// How the state column spells each connection state.
QString stateText(AccountRecord::Connection connection)
{
    switch (connection) {
    case AccountRecord::Connection::Connected:
        return u"connected"_s;
    case AccountRecord::Connection::ReconnectNeeded:
        return u"reconnect_needed"_s;
    case AccountRecord::Connection::Disconnected:
        break;
    }
    return u"disconnected"_s;
}

AccountRecord::Connection connectionFrom(const QString &text)
{
    if (text == u"connected"_s)
        return AccountRecord::Connection::Connected;
    if (text == u"reconnect_needed"_s)
        return AccountRecord::Connection::ReconnectNeeded;
    return AccountRecord::Connection::Disconnected;
}

} // namespace

AccountsTable::AccountsTable(Database &database)
    : m_database(database)
{ }

Result<AccountRecord> AccountsTable::read(const QString &service) const
{
    AccountRecord record;
    record.service = service;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT client_id, has_secret, state, account_id, account_name, authorized_at FROM accounts "
                  "WHERE service = ?"_s);
    query.addBindValue(service);
    if (!query.exec())
        return Error{tr("Reading the %1 account failed: %2").arg(service, query.lastError().text())};
    if (query.next()) {
        record.clientId = query.value(0).toString();
        record.hasClientSecret = query.value(1).toBool();
        record.connection = connectionFrom(query.value(2).toString());
        record.accountId = query.value(3).toString();
        record.accountName = query.value(4).toString();
        record.authorizedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    }
    return record;
}

Result<void> AccountsTable::write(const AccountRecord &record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"INSERT INTO accounts (service, client_id, has_secret, state, account_id, account_name, "
        "authorized_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
        "ON CONFLICT(service) DO UPDATE SET client_id = excluded.client_id, has_secret = excluded.has_secret, "
        "state = excluded.state, "
        "account_id = excluded.account_id, account_name = excluded.account_name, "
        "authorized_at = excluded.authorized_at, updated_at = excluded.updated_at"_s);
    query.addBindValue(record.service);
    query.addBindValue(text(record.clientId));
    query.addBindValue(record.hasClientSecret ? 1 : 0);
    query.addBindValue(stateText(record.connection));
    query.addBindValue(text(record.accountId));
    query.addBindValue(text(record.accountName));
    query.addBindValue(record.authorizedAt.isValid() ? record.authorizedAt.toUTC().toString(Qt::ISODate) : u""_s);
    if (!query.exec())
        return Error{tr("Saving the %1 account failed: %2").arg(record.service, query.lastError().text())};
    return {};
}

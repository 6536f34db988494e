#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// What MelodyHue remembers of a music service account, none of it secret.
struct AccountRecord {
    enum class Connection { Disconnected, Connected, ReconnectNeeded };

    QString service;
    QString clientId;
    bool hasClientSecret = false;
    Connection connection = Connection::Disconnected;
    QString accountId;
    QString accountName;
    QDateTime authorizedAt;
};

class AccountsTable
{
    Q_DECLARE_TR_FUNCTIONS(AccountsTable)

public:
    explicit AccountsTable(Database &database);

    // An empty record (disconnected, no client) when the service was never set up.
    Result<AccountRecord> read(const QString &service) const;
    Result<void> write(const AccountRecord &record);

private:
    Database &m_database;
};

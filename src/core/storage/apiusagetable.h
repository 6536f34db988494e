#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// How many Web API requests each service was sent on a day: the daily budget's count, kept
// across restarts.
class ApiUsageTable
{
    Q_DECLARE_TR_FUNCTIONS(ApiUsageTable)

public:
    explicit ApiUsageTable(Database &database);

    Result<int> requestsOn(const QString &service, QDate day) const;
    // Sets the day's count (and forgets the service's days before it).
    Result<void> write(const QString &service, QDate day, int requests);

private:
    Database &m_database;
};

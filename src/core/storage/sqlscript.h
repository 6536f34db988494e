#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// Runs a file of SQL statements (our migrations) one statement at a time, as the
// SQLite driver executes a single statement per query.
class SqlScript
{
    Q_DECLARE_TR_FUNCTIONS(SqlScript)

public:
    static QStringList statements(const QString &script);
    static Result<void> run(const QSqlDatabase &db, const QString &script);
};

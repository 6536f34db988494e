#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

class Database;

// A two-column table (key, value) of the database: the `meta` facts and the `settings`.
class KeyValueTable
{
    Q_DECLARE_TR_FUNCTIONS(KeyValueTable)

public:
    enum class Name { Meta, Settings };

    KeyValueTable(Database &database, Name name);

    std::optional<QString> value(const QString &key) const;
    QHash<QString, QString> all() const;
    // Writes every pair in one transaction: all of them land, or none.
    Result<void> write(const QHash<QString, QString> &values);
    Result<void> remove(const QStringList &keys);

private:
    Database &m_database;
    QString m_table;
};

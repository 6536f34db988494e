#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

class Database;

// A two-column table (key, value) of the database: the `meta` facts and the `settings`.
// Reads report a database that cannot be read instead of answering "nothing stored".
class KeyValueTable
{
    Q_DECLARE_TR_FUNCTIONS(KeyValueTable)

public:
    enum class Name { Meta, Settings };

    KeyValueTable(Database &database, Name name);

    // The stored value, or nullopt when the key has none.
    Result<std::optional<QString>> value(const QString &key) const;
    Result<QHash<QString, QString>> all() const;
    // Writes every pair in one transaction: all of them land, or none.
    Result<void> write(const QHash<QString, QString> &values);
    Result<void> remove(const QStringList &keys);

private:
    Error readError(const QString &reason) const;

    Database &m_database;
    Name m_name;
    QString m_table;
};

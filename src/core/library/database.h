#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// The MelodyHue SQLite file: opened in WAL mode and brought to the newest schema with the
// numbered migrations stored in resources (:/migrations/NNNN_name.sql).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString &filePath);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // The newest schema this build knows.
    static int latestSchemaVersion();

private:
    Database(QString connectionName, QString filePath);
    Result<void> configure();
    Result<void> migrate();

    QString m_connectionName;
    QString m_filePath;
};

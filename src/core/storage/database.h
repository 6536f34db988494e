#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

// The MelodyHue SQLite file: opened in WAL mode and brought to the newest schema with the
// numbered migrations stored in resources (:/migrations/NNNN_name.sql). Each thread gets its
// own connection (Qt's SQL connections belong to the thread that opened them); WAL lets a
// worker thread read while the main thread writes.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString &filePath);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // The newest schema this build knows.
    static int latestSchemaVersion();

private:
    Database(QString connectionName, QString filePath);
    QSqlDatabase openConnection(const QString &name) const;
    Result<void> configure(QSqlDatabase db) const;
    Result<void> migrate();

    QString m_connectionName;
    QString m_filePath;
    QThread *m_thread;
    // Connections opened by other threads, removed with the database.
    mutable QMutex m_mutex;
    mutable QStringList m_threadConnections;
};

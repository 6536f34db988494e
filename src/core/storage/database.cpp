#include "storage/database.h"

#include "storage/sqlscript.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "melodyhue.storage")

namespace {

struct Migration {
    int version;
    QString resourcePath;
};

QList<Migration> availableMigrations()
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"(\\d{4})_[a-z0-9_]+\\.sql"_s));
    QList<Migration> migrations;
    const QDir dir(u":/migrations"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    return migrations;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"melodyhue-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
    , m_thread(QThread::currentThread())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // Other threads' connections may not be touched from here: removing them closes them.
    const QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_threadConnections))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    // Another connection may hold the write lock for a moment: wait rather than fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    db.open();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{tr("Cannot create the folder %1 for the MelodyHue database.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), info.absoluteFilePath()));
    QSqlDatabase db = database->openConnection(database->m_connectionName);
    if (!db.isOpen()) {
        return Error{
            tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(filePath), db.lastError().text())};
    }
    if (auto configured = database->configure(db); !configured)
        return configured.error();
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    if (QThread::currentThread() == m_thread)
        return QSqlDatabase::database(m_connectionName, false);
    const QString name = m_connectionName + u"/thread-"_s + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = openConnection(name);
    if (!db.isOpen() || !configure(db))
        qCWarning(lcDatabase).noquote() << "cannot open a connection for a worker thread:" << db.lastError().text();
    const QMutexLocker lock(&m_mutex);
    m_threadConnections.append(name);
    return db;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    const auto migrations = availableMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Result<void> Database::configure(QSqlDatabase db) const
{
    // WAL keeps readers and the writer apart; with synchronous=NORMAL a killed process loses
    // nothing that was committed (only a power cut can drop the last transaction).
    const QStringList pragmas{
        u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s};
    QSqlQuery query(db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            return Error{tr("Cannot prepare the database %1: %2")
                             .arg(QDir::toNativeSeparators(m_filePath), query.lastError().text())};
        }
    }
    return {};
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current < 0)
        return Error{tr("The database %1 cannot be read.").arg(QDir::toNativeSeparators(m_filePath))};
    if (current > latest) {
        return Error{tr("The database %1 was written by a newer MelodyHue (schema %2, this version "
                        "knows %3). Update MelodyHue or choose another data folder.")
                         .arg(QDir::toNativeSeparators(m_filePath))
                         .arg(current)
                         .arg(latest)};
    }

    for (const Migration &migration : availableMigrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("The database update %1 is missing from this build.").arg(migration.version)};

        auto transaction = Transaction::begin(connection());
        if (!transaction)
            return transaction.error();
        const auto applied = SqlScript::run(connection(), QString::fromUtf8(file.readAll()));
        if (!applied)
            return applied.error();
        QSqlQuery query(connection());
        if (!query.exec(u"PRAGMA user_version=%1"_s.arg(migration.version)))
            return Error{query.lastError().text()};
        if (auto committed = transaction.value().commit(); !committed)
            return committed.error();
        qCInfo(lcDatabase) << "database schema migrated to version" << migration.version;
    }
    return {};
}

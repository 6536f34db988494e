// Database: WAL, migrations, refusing what it cannot read, and writes that land whole or not
// at all.

#include "storage/accountstable.h"
#include "storage/database.h"
#include "storage/keyvaluetable.h"
#include "storage/sqlscript.h"
#include "util/workerthread.h"

#include "support/waitfortask.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_createsTheFileInWalModeAtTheLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("nested/folder/melodyhue.sqlite"));
        auto database = Database::open(path);
        QVERIFY2(database, qPrintable(database.errorMessage()));
        QVERIFY(QFile::exists(path));
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE((*database)->schemaVersion(), Database::latestSchemaVersion());
    }

    void reopening_keepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database);
            KeyValueTable meta(**database, KeyValueTable::Name::Meta);
            QVERIFY(meta.write({{QStringLiteral("k"), QStringLiteral("v")}}).ok());
        }
        auto database = Database::open(path);
        QVERIFY(database);
        QCOMPARE(KeyValueTable(**database, KeyValueTable::Name::Meta).value(QStringLiteral("k")).value(),
            std::optional<QString>(QStringLiteral("v")));
    }

    void twoDatabases_canBeOpenAtOnce()
    {
        QTemporaryDir dir;
        auto a = Database::open(QDir(dir.path()).filePath(QStringLiteral("a.sqlite")));
        auto b = Database::open(QDir(dir.path()).filePath(QStringLiteral("b.sqlite")));
        QVERIFY(a && b);
        QVERIFY(
            KeyValueTable(**a, KeyValueTable::Name::Meta).write({{QStringLiteral("only"), QStringLiteral("a")}}).ok());
        QCOMPARE(KeyValueTable(**b, KeyValueTable::Name::Meta).value(QStringLiteral("only")).value(), std::nullopt);
    }

    void newerSchema_isRefusedWithAClearMessage()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database);
            QSqlQuery query((*database)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=999")));
        }
        auto database = Database::open(path);
        QVERIFY(!database);
        QVERIFY(database.errorMessage().contains(QStringLiteral("newer MelodyHue")));
    }

    void garbageFile_isRefusedNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, '\x5a');
        file.write(garbage);
        file.close();
        auto database = Database::open(path);
        QVERIFY(!database);
        QVERIFY(!database.errorMessage().isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void failedWrite_leavesNothingBehind()
    {
        QTemporaryDir dir;
        auto database = Database::open(QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite")));
        QVERIFY(database);
        KeyValueTable settings(**database, KeyValueTable::Name::Settings);
        QSqlQuery query((*database)->connection());
        // Whichever row comes first lands; the second one is refused: only a rollback can
        // leave the table empty.
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON settings "
                                          "WHEN (SELECT count(*) FROM settings) >= 1 "
                                          "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        const auto written = settings.write(
            {{QStringLiteral("first"), QStringLiteral("1")}, {QStringLiteral("second"), QStringLiteral("2")}});
        QVERIFY(!written);
        QVERIFY(written.errorMessage().contains(QStringLiteral("refused")));
        QVERIFY(settings.all().value().isEmpty());
    }

    void aWriteThatCannotBegin_writesNothing()
    {
        QTemporaryDir dir;
        auto database = Database::open(QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite")));
        QVERIFY(database);
        KeyValueTable settings(**database, KeyValueTable::Name::Settings);
        // A transaction already open on the connection: BEGIN fails.
        QSqlQuery outer((*database)->connection());
        QVERIFY(outer.exec(QStringLiteral("BEGIN")));
        const auto written = settings.write({{QStringLiteral("key"), QStringLiteral("value")}});
        QVERIFY(!written);
        QVERIFY(written.errorMessage().contains(QStringLiteral("transaction")));
        QVERIFY(outer.exec(QStringLiteral("COMMIT")));
        QVERIFY(settings.all().value().isEmpty());
    }

    void anUpdate_movesUpdatedAt()
    {
        QTemporaryDir dir;
        auto database = Database::open(QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite")));
        QVERIFY(database);
        KeyValueTable settings(**database, KeyValueTable::Name::Settings);
        QVERIFY(settings.write({{QStringLiteral("key"), QStringLiteral("1")}}).ok());
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE settings SET updated_at = '2000-01-01T00:00:00.000Z'")));
        QVERIFY(settings.write({{QStringLiteral("key"), QStringLiteral("2")}}).ok());
        QVERIFY(query.exec(QStringLiteral("SELECT updated_at FROM settings WHERE key = 'key'")) && query.next());
        QVERIFY2(query.value(0).toString() > QStringLiteral("2000-01-01T00:00:00.000Z"),
            qPrintable(query.value(0).toString()));
    }

    void aTableThatCannotBeRead_saysSo()
    {
        QTemporaryDir dir;
        auto database = Database::open(QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite")));
        QVERIFY(database);
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE settings")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE accounts")));
        KeyValueTable settings(**database, KeyValueTable::Name::Settings);
        QVERIFY(!settings.all());
        QVERIFY(!settings.value(QStringLiteral("key")));
        QVERIFY(settings.all().errorMessage().contains(QStringLiteral("settings")));
        QVERIFY(!AccountsTable(**database).read(QStringLiteral("spotify")));
    }

    void aWorkerThread_readsAndWritesThroughItsOwnConnection()
    {
        QTemporaryDir dir;
        auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite")));
        QVERIFY(opened);
        Database &database = **opened;
        KeyValueTable settings(database, KeyValueTable::Name::Settings);
        QVERIFY(settings.write({{QStringLiteral("written"), QStringLiteral("on the main thread")}}).ok());

        QThread *caller = QThread::currentThread();
        struct Seen {
            QThread *thread;
            QString connection;
            std::optional<QString> value;
            bool wrote;
        };
        const Seen seen = waitForTask(onWorkerThread([&database] {
            KeyValueTable table(database, KeyValueTable::Name::Settings);
            const bool wrote = table.write({{QStringLiteral("worker"), QStringLiteral("yes")}}).ok();
            return Seen{QThread::currentThread(), database.connection().connectionName(),
                table.value(QStringLiteral("written")).value(), wrote};
        }));
        QVERIFY(seen.thread != caller);
        QVERIFY(seen.connection != database.connection().connectionName());
        QCOMPARE(seen.value, std::optional<QString>(QStringLiteral("on the main thread")));
        QVERIFY(seen.wrote);
        QCOMPARE(settings.value(QStringLiteral("worker")).value(), std::optional<QString>(QStringLiteral("yes")));
        // The coroutine went on where it was awaited.
        QCOMPARE(QThread::currentThread(), caller);
    }

    void sqlScript_splitsStatementsAndSkipsComments()
    {
        const QStringList statements = SqlScript::statements(QStringLiteral(
            "-- a comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y TEXT\n);\n-- trailing\n"));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements[1].contains(QStringLiteral("y TEXT")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

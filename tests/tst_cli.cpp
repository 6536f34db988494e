// The `melodyhue` command as users and scripts run it.

#include "support/appprocess.h"
#include "support/rawhttp.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestCli : public QObject
{
    Q_OBJECT

private:
    static constexpr char apiKey[] = "cli-test-key-5b0e9c7a31d2";

    static QStringList headless(const QTemporaryDir &dir, const QString &port = QStringLiteral("0"))
    {
        return {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"), port};
    }

    static QString profileIdOf(const QString &dataDir)
    {
        QString id;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(dataDir + QStringLiteral("/melodyhue.sqlite"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'profile_id'")) && query.next())
                    id = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return id;
    }

private Q_SLOTS:
    void version_printsTheVersion()
    {
        AppProcess app;
        app.start({QStringLiteral("--version")});
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(app.standardOutput().trimmed(), QStringLiteral("MelodyHue " MELODYHUE_VERSION));
    }

    void help_listsTheOptions()
    {
        AppProcess app;
        app.start({QStringLiteral("--help")});
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
        for (const char *option : {"--headless", "--data-dir", "--port", "--minimized", "--version", "--help"})
            QVERIFY2(app.standardOutput().contains(QLatin1String(option)), option);
    }

    void badArguments_explainAndExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("port text") << QStringList{QStringLiteral("--headless"), QStringLiteral("--port"),
            QStringLiteral("abc")} << QStringLiteral("--port");
        QTest::newRow("port range") << QStringList{QStringLiteral("--headless"), QStringLiteral("--port"),
            QStringLiteral("70000")} << QStringLiteral("--port");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--headless"), QStringLiteral("extra")}
                                        << QStringLiteral("extra");
    }

    void badArguments_explainAndExitWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        AppProcess app;
        app.start(arguments);
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 2);
        QVERIFY2(app.standardError().contains(mentions), qPrintable(app.standardError()));
    }

    void withoutDisplay_pointsToHeadless()
    {
        AppProcess app;
        app.environment().remove(QStringLiteral("DISPLAY"));
        app.environment().remove(QStringLiteral("WAYLAND_DISPLAY"));
        QTemporaryDir dir;
        app.start({QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.standardError().contains(QStringLiteral("--headless")));
    }

    void headless_servesAndPrintsTheUrls()
    {
        QTemporaryDir parent;
        const QString data = parent.filePath(QStringLiteral("new folder"));
        AppProcess app;
        app.start({QStringLiteral("--headless"), QStringLiteral("--data-dir"), data, QStringLiteral("--port"),
            QStringLiteral("0")});
        QVERIFY2(app.waitUntilServing(), qPrintable(app.standardError()));
        const QString out = app.standardOutput();
        QVERIFY(out.contains(QStringLiteral("/color")));
        QVERIFY(out.contains(QStringLiteral("/infos")));
        QCOMPARE(httpRequest(app.port(), "GET", "/health").status, 200);
        QVERIFY(QFile::exists(data + QStringLiteral("/melodyhue.sqlite")));
        QVERIFY(QFile::exists(data + QStringLiteral("/logs/melodyhue.log")));
        QCOMPARE(QFileInfo(data).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
            QFile::Permissions());
    }

    void portInUse_isReportedClearlyAndNotChanged()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        AppProcess app;
        app.start(headless(dir, QString::number(squatter.serverPort())));
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 1);
        const QString error = app.standardError();
        QVERIFY2(error.contains(QStringLiteral("Port %1").arg(squatter.serverPort())), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("already used")));
        QVERIFY(!app.standardOutput().contains(QStringLiteral("is serving")));
    }

    void settings_surviveARestart_data()
    {
        QTest::addColumn<bool>("killed");
        QTest::newRow("stopped with SIGTERM, as a session logout would") << false;
        // SIGKILL leaves the lock file and the local socket behind, as a power cut would.
        QTest::newRow("killed with SIGKILL") << true;
    }

    void settings_surviveARestart()
    {
        QFETCH(bool, killed);
        QTemporaryDir dir;
        const Headers key{{"Authorization", QByteArray("Bearer ") + apiKey}};
        {
            AppProcess app;
            app.environment().insert(QStringLiteral("MELODYHUE_API_KEY"), QLatin1String(apiKey));
            app.start(headless(dir));
            QVERIFY2(app.waitUntilServing(), qPrintable(app.standardError()));
            const RawResponse patched
                = httpRequest(app.port(), "PATCH", "/settings/me", key + Headers{{"Content-Type", "application/json"}},
                    "{\"default_overlay_color\":\"#0a0b0c\",\"language\":\"fr\"}");
            QCOMPARE(patched.status, 200);
            if (killed)
                app.crash();
        }
        AppProcess app;
        app.environment().insert(QStringLiteral("MELODYHUE_API_KEY"), QLatin1String(apiKey));
        app.start(headless(dir));
        QVERIFY2(app.waitUntilServing(), qPrintable(app.standardError()));
        const QJsonObject settings = httpRequest(app.port(), "GET", "/settings/me", key).json();
        QCOMPARE(settings.value(QStringLiteral("default_overlay_color")).toString(), QStringLiteral("#0a0b0c"));
        QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(httpRequest(app.port(), "GET", "/color").json().value(QStringLiteral("color")).toString(),
            QStringLiteral("#0a0b0c"));
        // The restarted process holds the instance lock again.
        AppProcess second;
        second.start(headless(dir, QString::number(app.port())));
        QVERIFY(second.waitForExit());
        QVERIFY(second.standardOutput().contains(QStringLiteral("already running")));
    }

    void sigterm_duringWork_stopsInOrder()
    {
        QTemporaryDir dir;
        const Headers key{{"Authorization", QByteArray("Bearer ") + apiKey}};
        AppProcess app;
        app.environment().insert(QStringLiteral("MELODYHUE_API_KEY"), QLatin1String(apiKey));
        // As a user runs it: the log keeps MelodyHue's info lines.
        app.environment().remove(QStringLiteral("QT_LOGGING_RULES"));
        app.start(headless(dir));
        QVERIFY2(app.waitUntilServing(), qPrintable(app.standardError()));

        // Two hundred changes on their way when the session ends.
        RawHttpClient client(app.port());
        QVERIFY(client.connectToServer());
        QByteArray pipeline;
        for (int i = 0; i < 200; ++i) {
            pipeline += RawHttpClient::request("PATCH", "/settings/me", app.port(),
                key + Headers{{"Content-Type", "application/json"}},
                "{\"sync_interval_minutes\":" + QByteArray::number(10 + i) + "}");
        }
        client.send(pipeline);
        QVERIFY(client.readResponse());
        app.terminate();
        int acknowledged = 1;
        while (const auto response = client.readResponse(3000)) {
            QCOMPARE(response->status, 200);
            ++acknowledged;
        }
        QVERIFY(app.waitForExit());
        QVERIFY(app.exitedNormally());
        QCOMPARE(app.exitCode(), 0);
        QFile log(dir.filePath(QStringLiteral("logs/melodyhue.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("shutting down") && logged.contains("stopped"), logged.right(600).constData());

        // Every change that was answered is kept.
        AppProcess again;
        again.environment().insert(QStringLiteral("MELODYHUE_API_KEY"), QLatin1String(apiKey));
        again.start(headless(dir));
        QVERIFY2(again.waitUntilServing(), qPrintable(again.standardError()));
        const QJsonObject settings = httpRequest(again.port(), "GET", "/settings/me", key).json();
        QVERIFY(settings.value(QStringLiteral("sync_interval_minutes")).toInt() >= 10 + acknowledged - 1);
    }

    void secondLaunch_reachesTheFirstAndExits()
    {
        QTemporaryDir dir;
        AppProcess first;
        first.start(headless(dir));
        QVERIFY(first.waitUntilServing());
        AppProcess second;
        second.start(headless(dir, QString::number(first.port())));
        QVERIFY(second.waitForExit());
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(
            second.standardOutput().contains(QStringLiteral("already running")), qPrintable(second.standardOutput()));
        QCOMPARE(httpRequest(first.port(), "GET", "/health").status, 200);
    }

    void apiKey_livesInTheKeychainOnly()
    {
        QTemporaryDir dir;
        AppProcess app;
        app.environment().remove(QStringLiteral("MELODYHUE_API_KEY"));
        app.start(headless(dir));
        QVERIFY2(app.waitUntilServing(), qPrintable(app.standardError()));
        // Private routes answer 401 (not 503) once the key is loaded.
        QTRY_COMPARE(httpRequest(app.port(), "GET", "/settings/me").status, 401);

        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("MelodyHue"), QStringLiteral("user"),
                profileIdOf(dir.path()) + QStringLiteral("/api_key")});
        QVERIFY(tool.waitForFinished(10000));
        const QByteArray key = tool.readAllStandardOutput();
        QVERIFY2(key.size() >= 43, "the API key is not in the keychain");
        QCOMPARE(httpRequest(app.port(), "GET", "/settings/me", {{"Authorization", "Bearer " + key}}).status, 200);
        app.stop();

        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 2);
    }

    void palette_printsOneJsonLinePerFile()
    {
        QTemporaryDir dir;
        QImage red(64, 64, QImage::Format_RGB32);
        red.fill(QColor(0xcc, 0x11, 0x22));
        QVERIFY(red.save(dir.filePath(QStringLiteral("red cover.png"))));
        QImage blue(640, 640, QImage::Format_RGB32);
        blue.fill(QColor(0x10, 0x40, 0xa0));
        QVERIFY(blue.save(dir.filePath(QStringLiteral("blue.jpg")), "JPEG", 90));

        AppProcess app;
        app.environment().remove(QStringLiteral("DISPLAY"));
        app.start({QStringLiteral("palette"), dir.filePath(QStringLiteral("red cover.png")),
            dir.filePath(QStringLiteral("blue.jpg"))});
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
        const QStringList lines = app.standardOutput().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject red1 = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(red1.keys(),
            QStringList({QStringLiteral("dominant"), QStringLiteral("file"), QStringLiteral("ms"),
                QStringLiteral("muted"), QStringLiteral("text"), QStringLiteral("vibrant")}));
        QVERIFY(lines[0].startsWith(QStringLiteral("{\"file\":")));
        QCOMPARE(red1.value(QStringLiteral("file")).toString(), dir.filePath(QStringLiteral("red cover.png")));
        QCOMPARE(red1.value(QStringLiteral("dominant")).toString(), QStringLiteral("#cc1122"));
        QVERIFY(red1.value(QStringLiteral("ms")).toDouble() > 0);
        const QJsonObject blue1 = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QVERIFY(QColor::fromString(blue1.value(QStringLiteral("dominant")).toString()).isValid());
        QVERIFY(blue1.value(QStringLiteral("text")).toString().startsWith(u'#'));
    }

    void palette_reportsUnreadableFilesAndExitsWith1()
    {
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        QImage ok(8, 8, QImage::Format_RGB32);
        ok.fill(Qt::darkCyan);
        QVERIFY(ok.save(dir.filePath(QStringLiteral("ok.png"))));

        AppProcess app;
        app.start({QStringLiteral("palette"), text.fileName(), dir.filePath(QStringLiteral("missing.jpg")),
            dir.filePath(QStringLiteral("ok.png"))});
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 1);
        const QStringList lines = app.standardOutput().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(QJsonDocument::fromJson(lines[0].toUtf8())
                    .object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("not an image")));
        QVERIFY(QJsonDocument::fromJson(lines[1].toUtf8()).object().contains(QStringLiteral("error")));
        QVERIFY(QJsonDocument::fromJson(lines[2].toUtf8()).object().contains(QStringLiteral("dominant")));
    }

    void palette_withoutFiles_explainsAndExitsWith2()
    {
        AppProcess app;
        app.start({QStringLiteral("palette")});
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.standardError().contains(QStringLiteral("melodyhue palette FILE")));
    }

    void withoutKeychain_saysSoAndKeepsServing()
    {
        QTemporaryDir dir;
        AppProcess app;
        app.environment().insert(
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        app.environment().remove(QStringLiteral("DISPLAY"));
        app.environment().remove(QStringLiteral("MELODYHUE_API_KEY"));
        app.start(headless(dir));
        QVERIFY(app.waitUntilServing());
        QTRY_VERIFY(app.standardError().contains(QStringLiteral("No system keychain is available")));
        QCOMPARE(httpRequest(app.port(), "GET", "/color").status, 200);
        QTRY_COMPARE(httpRequest(app.port(), "GET", "/settings/me").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

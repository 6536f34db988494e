// The sync of liked tracks in the real `melodyhue` process, killed with SIGKILL again and
// again in the middle of its first sync: each restart goes on where the library stands, and
// the library ends whole, in Spotify's order, having read each page about once.

#include "support/appprocess.h"
#include "support/fakebrowser.h"
#include "support/fakespotify.h"
#include "support/rawhttp.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

constexpr char apiKey[] = "sync-restart-key-3f1c0a9e72b4";
const QString likedTracks = u"/v1/me/tracks"_s;

Headers key(Headers more = {})
{
    more.append({"Authorization", QByteArray("Bearer ") + apiKey});
    return more;
}

QStringList headless(const QTemporaryDir &dir)
{
    return {u"--headless"_s, u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s};
}

// The library as the database holds it, newest first.
QStringList libraryIds(const QString &dataDir)
{
    QStringList ids;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(dataDir + u"/melodyhue.sqlite"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT track_id FROM liked_tracks WHERE service = 'spotify' AND unliked_at IS NULL "
                       "ORDER BY added_at DESC, list_order"_s);
            while (query.next())
                ids.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return ids;
}

} // namespace

class TestSyncRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedInTheMiddleOfTheFirstSync_itGoesOnWhereItStopped()
    {
        constexpr int likes = 2000;
        constexpr int pages = likes / 50;
        constexpr int kills = 5;
        FakeSpotify spotify;
        spotify.useForMelodyHue();
        spotify.library().fill(likes);
        QTemporaryDir dir;

        auto started = [&](AppProcess &app) {
            app.environment().insert(u"MELODYHUE_API_KEY"_s, QLatin1String(apiKey));
            app.start(headless(dir));
            return app.waitUntilServing();
        };
        {
            AppProcess app;
            QVERIFY2(started(app), qPrintable(app.standardError()));
            spotify.registerRedirectUri(u"http://127.0.0.1:%1/callback/spotify"_s.arg(app.port()));
            const RawResponse configured
                = httpRequest(app.port(), "POST", "/api/config", key({{"Content-Type", "application/json"}}),
                    "{\"spotify\":{\"client_id\":\"" + FakeSpotify::clientId().toLatin1() + "\"}}");
            QCOMPARE(configured.status, 200);
            const QUrl authUrl(
                httpRequest(app.port(), "GET", "/api/spotify/auth", key()).json().value(u"authUrl"_s).toString());
            QVERIFY(FakeBrowser::visit(authUrl).page.contains("connected successfully"));
            app.stop();
        }

        // Pages come slowly enough to be killed in the middle of; each time after a random
        // number of pages.
        spotify.setAnswerDelay(likedTracks.toUtf8(), 30ms);
        for (int kill = 0; kill < kills; ++kill) {
            AppProcess app;
            QVERIFY2(started(app), qPrintable(app.standardError()));
            const int before = spotify.requestsTo(likedTracks);
            QCOMPARE(httpRequest(app.port(), "POST", "/api/sync", key()).status, 200);
            const int more = 1 + QRandomGenerator::global()->bounded(5);
            QTRY_VERIFY_WITH_TIMEOUT(spotify.requestsTo(likedTracks) >= before + more, 20'000);
            app.crash();
            const int read = int(libraryIds(dir.path()).size());
            qInfo("killed after %d pages in all; the library holds %d liked tracks", spotify.requestsTo(likedTracks),
                read);
            QVERIFY(read < likes);
        }

        AppProcess app;
        QVERIFY2(started(app), qPrintable(app.standardError()));
        QCOMPARE(httpRequest(app.port(), "POST", "/api/sync", key()).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            httpRequest(app.port(), "GET", "/api/sync/status", key()).json().value(u"state"_s).toString() == u"idle"_s,
            60'000);
        const QJsonObject status = httpRequest(app.port(), "GET", "/api/sync/status", key()).json();
        QCOMPARE(status.value(u"liked"_s).toObject().value(u"spotify"_s).toInt(), likes);
        QCOMPARE(status.value(u"last_error"_s), QJsonValue(QJsonValue::Null));
        app.stop();
        QCOMPARE(libraryIds(dir.path()), spotify.library().ids());
        // Each kill loses at most the page in flight.
        QVERIFY2(spotify.requestsTo(likedTracks) <= pages + kills,
            qPrintable(QString::number(spotify.requestsTo(likedTracks))));
    }
};

QTEST_GUILESS_MAIN(TestSyncRestart)
#include "tst_syncrestart.moc"

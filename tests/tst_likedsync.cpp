// The library of liked tracks against the fake Spotify with thousands of likes: a first sync that
// reads everything (ISRC included), later syncs that cost one request when nothing changed, new
// likes read from the top, unlikes found by the reconcile, a 429 and a failing Spotify in the
// middle of a sync, the daily budget that a first sync shares with now playing, Pause and Resume,
// and POST /api/sync with GET /api/sync/status.

#include "support/spotifyconnection.h"

#include "providers/serviceaccount.h"
#include "settings/settings.h"
#include "storage/likedtrackstable.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString likedTracks = u"/v1/me/tracks"_s;

struct Library : SpotifyConnection {
    explicit Library(int likes, int dailyBudget = 600)
    {
        spotify->library().fill(likes);
        [[maybe_unused]] const auto budget = app->settings->set(SettingKey::SpotifyDailyBudget, dailyBudget);
    }
    SyncEngine &engine() const { return *app->sync; }
    // Runs one sync to its end.
    bool sync() const
    {
        QSignalSpy finished(&engine(), &SyncEngine::finished);
        engine().start();
        // A sync that fails at once ends before start() returns.
        return !finished.isEmpty() || finished.wait(60'000);
    }
    QStringList libraryIds() const
    {
        QStringList ids;
        const auto liked = engine().library().liked(u"spotify"_s);
        for (const LikedTrack &track : liked.value())
            ids.append(track.id);
        return ids;
    }
    int requests() const { return spotify->requestsTo(likedTracks); }
    QJsonObject status() const { return httpRequest(port(), "GET", "/api/sync/status", key()).json(); }
    RawResponse post(const QByteArray &body) const
    {
        return httpRequest(port(), "POST", "/api/sync", key({{"Content-Type", "application/json"}}), body);
    }
};

} // namespace

class TestLikedSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstSync_readsEveryLike_withItsIsrc()
    {
        Library library(1234);
        QVERIFY(library.connectAccount());
        const int tokenRequests = library.spotify->requestsTo(u"/api/token"_s);
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QCOMPARE(library.requests(), 25);
        // One access token serves every page.
        QCOMPARE(library.spotify->requestsTo(u"/api/token"_s), tokenRequests);
        const auto track = library.engine().library().find(u"spotify"_s, FakeSpotifyLibrary::generated(700).id);
        QVERIFY(track && track.value());
        const LikedTrack &liked = *track.value();
        const FakeSpotifyLibrary::Track &expected = FakeSpotifyLibrary::generated(700);
        QCOMPARE(liked.title, expected.title);
        QCOMPARE(liked.artists, expected.artists);
        QCOMPARE(liked.album, expected.album);
        QCOMPARE(liked.isrc, expected.isrc);
        QCOMPARE(liked.durationMs, expected.durationMs);
        QCOMPARE(liked.addedAt, expected.addedAt);
        QCOMPARE(liked.uri, u"spotify:track:"_s + expected.id);
        QVERIFY(liked.firstSeen.isValid());

        const QJsonObject status = library.status();
        QCOMPARE(status.value(u"state"_s).toString(), u"idle"_s);
        QCOMPARE(status.value(u"liked"_s).toObject().value(u"spotify"_s).toInt(), 1234);
        QCOMPARE(status.value(u"added"_s).toInt(), 1234);
        QCOMPARE(status.value(u"progress"_s).toObject().value(u"done"_s).toInt(), 1234);
        QCOMPARE(status.value(u"progress"_s).toObject().value(u"total"_s).toInt(), 1234);
        QVERIFY(!status.value(u"last_sync"_s).toString().isEmpty());
        QCOMPARE(status.value(u"last_error"_s), QJsonValue(QJsonValue::Null));
    }

    void nothingNew_costsOneRequest_andNewLikesAreReadFromTheTop()
    {
        Library library(600);
        QVERIFY(library.connectAccount());
        QVERIFY(library.sync());
        int before = library.requests();
        QVERIFY(library.sync());
        QCOMPARE(library.requests() - before, 1);
        QCOMPARE(library.status().value(u"added"_s).toInt(), 0);

        for (int i = 0; i < 3; ++i) {
            FakeSpotifyLibrary::Track track = FakeSpotifyLibrary::generated(10'000 + i);
            track.addedAt = QDateTime::currentDateTimeUtc().addSecs(i);
            library.spotify->library().like(track);
        }
        before = library.requests();
        QVERIFY(library.sync());
        QCOMPARE(library.requests() - before, 1);
        QCOMPARE(library.status().value(u"added"_s).toInt(), 3);
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
    }

    void unlikes_areFoundWithoutReadingEverything()
    {
        Library library(5000);
        QVERIFY(library.connectAccount());
        QVERIFY(library.sync());
        const QString deep = FakeSpotifyLibrary::generated(3210).id;
        const QString near = FakeSpotifyLibrary::generated(3230).id;
        QVERIFY(library.spotify->library().unlike(deep));
        QVERIFY(library.spotify->library().unlike(near));
        const int before = library.requests();
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QCOMPARE(library.status().value(u"unliked"_s).toInt(), 2);
        // A binary search over 100 pages and a page or two of walk, not 100 pages.
        QVERIFY2(library.requests() - before <= 10, qPrintable(QString::number(library.requests() - before)));
        const auto gone = library.engine().library().find(u"spotify"_s, deep);
        QVERIFY(gone && gone.value() && !gone.value()->isLiked());
        // Liked again: liked again in the library, at the top.
        FakeSpotifyLibrary::Track again = FakeSpotifyLibrary::generated(3210);
        again.addedAt = QDateTime::currentDateTimeUtc();
        library.spotify->library().like(again);
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QCOMPARE(library.libraryIds().constFirst(), deep);
    }

    void unlikesFarApart_costABinarySearchEach_notThePagesBetween()
    {
        Library library(5000);
        QVERIFY(library.connectAccount());
        QVERIFY(library.sync());
        for (const int number : {400, 1700, 3100, 4600})
            QVERIFY(library.spotify->library().unlike(FakeSpotifyLibrary::generated(number).id));
        const int before = library.requests();
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QCOMPARE(library.status().value(u"unliked"_s).toInt(), 4);
        // Walking from the first unlike to the last would read 84 pages.
        QVERIFY2(library.requests() - before <= 40, qPrintable(QString::number(library.requests() - before)));
    }

    void aLikeAndAnUnlikeAtOnce_areBothFollowed()
    {
        Library library(800);
        QVERIFY(library.connectAccount());
        QVERIFY(library.sync());
        QVERIFY(library.spotify->library().unlike(FakeSpotifyLibrary::generated(0).id));
        QVERIFY(library.spotify->library().unlike(FakeSpotifyLibrary::generated(799).id));
        QVERIFY(library.spotify->library().unlike(FakeSpotifyLibrary::generated(400).id));
        FakeSpotifyLibrary::Track fresh = FakeSpotifyLibrary::generated(20'000);
        fresh.addedAt = QDateTime::currentDateTimeUtc();
        library.spotify->library().like(fresh);
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QCOMPARE(library.status().value(u"added"_s).toInt(), 1);
        QCOMPARE(library.status().value(u"unliked"_s).toInt(), 3);
    }

    void tracksLikedInTheSameSecond_keepSpotifysOrder()
    {
        Library library(0);
        const QDateTime sameSecond = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int i = 0; i < 230; ++i) {
            FakeSpotifyLibrary::Track track = FakeSpotifyLibrary::generated(i);
            track.addedAt = sameSecond;
            // Spotify lists these in an order of its own, not by id.
            track.id = u"z%1"_s.arg((i * 7919) % 1000, 21, 10, QChar(u'0'));
            library.spotify->library().like(track);
        }
        QVERIFY(library.connectAccount());
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QVERIFY(library.spotify->library().unlike(library.spotify->library().ids().at(120)));
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
    }

    void aLongRetryAfter_makesTheSyncWait_andItGoesOnByItself()
    {
        Library library(400);
        QVERIFY(library.connectAccount());
        library.engine().startScheduling();
        // The fourth page: Spotify asks to wait 12 s, longer than a request waits by itself.
        int pages = 0;
        connect(library.spotify.get(), &FakeSpotify::answered, library.spotify.get(), [&](const QByteArray &path) {
            if (path == likedTracks.toUtf8() && ++pages == 3)
                library.spotify->failNext(likedTracks, 429, 12);
        });
        QSignalSpy finished(&library.engine(), &SyncEngine::finished);
        library.engine().start();
        QVERIFY(finished.wait(30'000));
        const QJsonObject waiting = library.status();
        QCOMPARE(waiting.value(u"state"_s).toString(), u"waiting"_s);
        QVERIFY2(waiting.value(u"notice"_s).toString().contains(u"asked MelodyHue to wait"_s),
            qPrintable(waiting.value(u"notice"_s).toString()));
        const QDateTime resumes = QDateTime::fromString(waiting.value(u"resumes_at"_s).toString(), Qt::ISODate);
        QVERIFY(resumes > QDateTime::currentDateTimeUtc().addSecs(5));
        QCOMPARE(waiting.value(u"next_sync"_s), waiting.value(u"resumes_at"_s));
        QCOMPARE(library.libraryIds().size(), 150);
        // Now playing is not stopped by the sync's wait: the overlay is served meanwhile.
        QCOMPARE(httpRequest(library.port(), "GET", "/infos").status, 200);

        QVERIFY(finished.wait(30'000));
        QCOMPARE(library.status().value(u"state"_s).toString(), u"idle"_s);
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
    }

    void aFailingSpotify_stopsTheSync_withWhatToDo_andTheNextSyncConverges()
    {
        Library library(700);
        QVERIFY(library.connectAccount());
        int pages = 0;
        connect(library.spotify.get(), &FakeSpotify::answered, library.spotify.get(), [&](const QByteArray &path) {
            if (path == likedTracks.toUtf8() && ++pages == 5)
                library.spotify->failNext(likedTracks, 503);
        });
        QVERIFY(library.sync());
        const QJsonObject failed = library.status();
        QCOMPARE(failed.value(u"state"_s).toString(), u"error"_s);
        QVERIFY2(failed.value(u"last_error"_s).toString().contains(u"503"_s),
            qPrintable(failed.value(u"last_error"_s).toString()));
        QCOMPARE(library.libraryIds().size(), 250);

        // Sync now at once: Spotify is given its few seconds first, then the sync goes on by itself.
        library.engine().startScheduling();
        QVERIFY(library.sync());
        const QJsonObject waiting = library.status();
        QCOMPARE(waiting.value(u"state"_s).toString(), u"waiting"_s);
        QVERIFY2(waiting.value(u"notice"_s).toString().contains(u"tries again at"_s),
            qPrintable(waiting.value(u"notice"_s).toString()));
        QSignalSpy finished(&library.engine(), &SyncEngine::finished);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(library.status().value(u"state"_s).toString(), u"idle"_s);
        QCOMPARE(library.status().value(u"last_error"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
    }

    void aFirstSyncLongerThanTheDaysBudget_stopsAtItsShare_andGoesOnWhereItStopped()
    {
        Library library(3000, 40);
        QVERIFY(library.connectAccount());
        QVERIFY(library.sync());
        ServiceAccount &account = *library.account();
        // The sync used its three quarters of the day; now playing has the rest.
        QCOMPARE(account.budget().remainingToday(RequestBudget::Purpose::Sync), 0);
        QVERIFY(account.budget().remainingToday(RequestBudget::Purpose::NowPlaying) >= 10);
        const QJsonObject waiting = library.status();
        QCOMPARE(waiting.value(u"state"_s).toString(), u"waiting"_s);
        const int read = int(library.libraryIds().size());
        QVERIFY(read > 0 && read < 3000);
        const QString notice = waiting.value(u"notice"_s).toString();
        QVERIFY2(notice.contains(QLocale().toString(read)) && notice.contains(QLocale().toString(3000))
                && notice.contains(u"the rest tomorrow"_s),
            qPrintable(notice));
        QCOMPARE(QDateTime::fromString(waiting.value(u"resumes_at"_s).toString(), Qt::ISODate),
            account.budget().nextDay().toUTC());

        // A bigger budget (or tomorrow): the sync goes on from where it stopped.
        const int before = library.requests();
        QVERIFY(library.app->settings->set(SettingKey::SpotifyDailyBudget, 1000));
        QVERIFY(library.sync());
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QCOMPARE(library.requests() - before, (3000 - read) / 50);
    }

    void pause_stopsAfterThePage_andResume_goesOnWhereItStopped()
    {
        Library library(1000);
        QVERIFY(library.connectAccount());
        library.spotify->setAnswerDelay(likedTracks.toUtf8(), 50ms);
        QSignalSpy finished(&library.engine(), &SyncEngine::finished);
        QCOMPARE(library.post({}).status, 200);
        QTRY_VERIFY(library.requests() >= 3);
        const RawResponse paused = library.post(R"({"action":"pause"})");
        QCOMPARE(paused.status, 200);
        // The page in flight may end while the pause request is answered: counted, not awaited again.
        QVERIFY(!finished.isEmpty() || finished.wait(10'000));
        QCOMPARE(library.status().value(u"state"_s).toString(), u"paused"_s);
        const int read = int(library.libraryIds().size());
        QVERIFY(read > 0 && read < 1000);
        QVERIFY(library.app->settings->value(SettingKey::SyncPaused).toBool());

        const int before = library.requests();
        const qsizetype finishedBefore = finished.size();
        QCOMPARE(library.post(R"({"action":"resume"})").status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore, 30'000);
        QCOMPARE(library.status().value(u"state"_s).toString(), u"idle"_s);
        QCOMPARE(library.libraryIds(), library.spotify->library().ids());
        QCOMPARE(library.requests() - before, (1000 - read) / 50);
    }

    void withNothingConnected_aSyncClaimsNothing()
    {
        Library library(30);
        QVERIFY(library.sync());
        const QJsonObject status = library.status();
        QCOMPARE(status.value(u"state"_s).toString(), u"idle"_s);
        QCOMPARE(status.value(u"last_sync"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(library.requests(), 0);
    }

    void theApi_refusesWhatItDoesNotKnow_andNeedsTheKey()
    {
        Library library(3);
        QCOMPARE(library.post(R"({"action":"explode"})").status, 400);
        QCOMPARE(library.post(R"([1,2])").status, 400);
        QCOMPARE(library.post(R"({"action":)").status, 400);
        QCOMPARE(httpRequest(library.port(), "GET", "/api/sync/status").status, 401);
        QCOMPARE(httpRequest(library.port(), "POST", "/api/sync").status, 401);
        QCOMPARE(library.status().value(u"state"_s).toString(), u"idle"_s);
        QVERIFY(library.status().value(u"liked"_s).toObject().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLikedSync)
#include "tst_likedsync.moc"

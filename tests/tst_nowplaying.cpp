// Now playing from the Spotify Web API, end to end: the fake Spotify says what plays, the
// poller asks it within the account's request budget, covers are fetched and their colours
// computed, and /color, /infos, /cover and /ws show the result.

#include "support/rawhttp.h"
#include "support/spotifyconnection.h"

#include "nowplaying/covercache.h"
#include "nowplaying/nowplayingpoller.h"
#include "providers/serviceaccount.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace std::chrono_literals;
using Item = FakeSpotifyPlayer::Item;

namespace {

const QString currentlyPlaying = QStringLiteral("/v1/me/player/currently-playing");

struct Live : SpotifyConnection {
    Live()
    {
        app->followNowPlaying(nullptr);
        spotify->setCoverColor(QStringLiteral("trackA"), QColor(0xc0, 0x30, 0x30));
        spotify->setCoverColor(QStringLiteral("trackB"), QColor(0x20, 0x60, 0xc0));
        FakeSpotifyPlayer::Playback playing;
        playing.trackId = QStringLiteral("trackA");
        playing.title = QStringLiteral("First song");
        spotify->player().set(playing);
    }
    NowPlayingPoller &poller() const { return *app->pipeline->poller(QStringLiteral("spotify")); }
    QJsonObject infos() const { return httpRequest(port(), "GET", "/infos").json(); }
    QJsonObject color() const { return httpRequest(port(), "GET", "/color").json(); }
    QString title() const
    {
        return infos().value(QStringLiteral("track")).toObject().value(QStringLiteral("title")).toString();
    }
    int polls() const { return spotify->requestsTo(currentlyPlaying); }
    // Asks Spotify now and waits for its answer to be read.
    bool checkNow() const
    {
        QSignalSpy read(&poller(), &NowPlayingPoller::playbackChanged);
        QSignalSpy failed(&poller(), &NowPlayingPoller::problemChanged);
        poller().checkNow();
        return QTest::qWaitFor([&] { return read.size() + failed.size() > 0; }, 5000);
    }
};

QJsonObject parse(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

} // namespace

class TestNowPlaying : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingConnected_servesTheDefaultColourAndNoTrack()
    {
        Live live;
        QCOMPARE(live.infos().value(QStringLiteral("track")), QJsonValue(QJsonValue::Null));
        QCOMPARE(
            live.color().value(QStringLiteral("color")).toString(), live.app->settings->defaultOverlayColor().name());
        QCOMPARE(live.polls(), 0);
    }

    void connecting_showsWhatPlaysInItsCoversColours()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        QTRY_COMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
        const QJsonObject infos = live.infos();
        QCOMPARE(infos.value(QStringLiteral("source")).toString(), QStringLiteral("web_api"));
        QCOMPARE(infos.value(QStringLiteral("player")).toString(), QStringLiteral("Spotify Web API"));
        QCOMPARE(infos.value(QStringLiteral("service")).toString(), QStringLiteral("spotify"));
        QCOMPARE(infos.value(QStringLiteral("is_playing")).toBool(), true);
        // The fake's cover of trackA is one red: the colour is that red.
        const QColor color(live.color().value(QStringLiteral("color")).toString());
        QVERIFY2(qAbs(color.red() - 0xc0) < 12 && qAbs(color.green() - 0x30) < 12, qPrintable(color.name()));
        const QJsonObject track = infos.value(QStringLiteral("track")).toObject();
        QVERIFY(track.value(QStringLiteral("cover_url")).toString().endsWith(QStringLiteral("/image/trackA-640")));
        QCOMPARE(track.value(QStringLiteral("duration_ms")).toInteger(), 230'400);
        // Colours from the 64 px image, the image for overlays from the largest.
        QTRY_COMPARE(httpRequest(live.port(), "GET", "/cover").status, 200);
        const RawResponse cover = httpRequest(live.port(), "GET", "/cover/me");
        QCOMPARE(cover.header("content-type"), QByteArray("image/jpeg"));
        QCOMPARE(QImage::fromData(cover.body).width(), 640);
        // Each image once: the 64 px one and the 640 px one.
        QCOMPARE(live.spotify->requestsTo(QStringLiteral("/image/trackA-")), 2);
        QCOMPARE(live.spotify->requestsTo(QStringLiteral("/image/trackA-640")), 1);
    }

    void aTrackChange_reachesInfosAndTheWebSocket()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        QWebSocket client;
        QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(live.port())));
        QTRY_VERIFY(!messages.isEmpty());
        QCOMPARE(parse(messages.first().first().toString())
                     .value(QStringLiteral("track"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("First song"));

        live.spotify->player().changeTrack(QStringLiteral("trackB"), QStringLiteral("Second song"));
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.title(), QStringLiteral("Second song"));
        QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &message) {
            const QJsonObject infos = parse(message.first().toString());
            return infos.value(QStringLiteral("track")).toObject().value(QStringLiteral("title")).toString()
                == QStringLiteral("Second song")
                && QColor(infos.value(QStringLiteral("color")).toString()).blue() > 0xa0;
        }));
        client.close();
    }

    void pausing_showsTheDefaultColour()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
        live.spotify->player().pause();
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("default"));
        QCOMPARE(live.color().value(QStringLiteral("color")).toString(), QStringLiteral("#7c4dff"));
        QCOMPARE(live.infos().value(QStringLiteral("is_playing")).toBool(), false);
        QCOMPARE(live.title(), QStringLiteral("First song"));
        // A new default colour shows at once.
        const RawResponse patched = httpRequest(live.port(), "PATCH", "/settings/me",
            live.key({{"Content-Type", "application/json"}}), "{\"default_overlay_color\":\"#102030\"}");
        QCOMPARE(patched.status, 200);
        QCOMPARE(live.color().value(QStringLiteral("color")).toString(), QStringLiteral("#102030"));
        QCOMPARE(live.infos().value(QStringLiteral("color")).toString(), QStringLiteral("#102030"));
    }

    void everyState_hasItsInfos_data()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<bool>("playing");
        QTest::addColumn<bool>("privateSession");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("artists");
        QTest::addColumn<QString>("expectedTitle");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<bool>("expectCover");

        const QStringList sample;
        const QString longTitle = QString(500, QChar(u'é'));
        QTest::newRow("track") << int(Item::Track) << true << false << QString() << sample
                               << QStringLiteral("Dancing Queen") << QStringLiteral("track") << true;
        QTest::newRow("episode") << int(Item::Episode) << true << false << QString() << sample
                                 << QStringLiteral("The Giant Beastcast: Episode 0") << QStringLiteral("episode")
                                 << true;
        QTest::newRow("local file") << int(Item::LocalFile) << true << false << QStringLiteral("Home demo") << sample
                                    << QStringLiteral("Home demo") << QStringLiteral("local") << false;
        QTest::newRow("ad") << int(Item::Ad) << true << false << QString() << sample << QString()
                            << QStringLiteral("ad") << false;
        QTest::newRow("paused") << int(Item::Track) << false << false << QString() << sample
                                << QStringLiteral("Dancing Queen") << QStringLiteral("track") << false;
        QTest::newRow("no artist") << int(Item::Track) << true << false << QStringLiteral("Untitled") << QStringList()
                                   << QStringLiteral("Untitled") << QStringLiteral("track") << true;
        QTest::newRow("500-character title")
            << int(Item::Track) << true << false << longTitle << sample << longTitle << QStringLiteral("track") << true;
        QTest::newRow("private session") << int(Item::Track) << true << true << QString() << sample << QString()
                                         << QString() << false;
        QTest::newRow("nothing") << int(Item::Nothing) << false << false << QString() << sample << QString()
                                 << QString() << false;
    }

    void everyState_hasItsInfos()
    {
        QFETCH(int, item);
        QFETCH(bool, playing);
        QFETCH(bool, privateSession);
        QFETCH(QString, title);
        QFETCH(QStringList, artists);
        QFETCH(QString, expectedTitle);
        QFETCH(QString, expectedType);
        QFETCH(bool, expectCover);

        Live live;
        FakeSpotifyPlayer::Playback playback;
        playback.item = Item(item);
        playback.playing = playing;
        playback.privateSession = privateSession;
        playback.title = title;
        if (QTest::currentDataTag() == QByteArray("no artist"))
            playback.artists = artists;
        live.spotify->player().set(playback);
        QVERIFY(live.connectAccount());
        QTRY_VERIFY(live.polls() >= 1);
        QTRY_VERIFY(!live.poller().playbackAt().isNull());

        const QJsonObject infos = live.infos();
        if (expectedType.isEmpty()) {
            // Nothing an overlay can show: no track, not playing, the default colour.
            QCOMPARE(infos.value(QStringLiteral("track")), QJsonValue(QJsonValue::Null));
            QCOMPARE(infos.value(QStringLiteral("is_playing")).toBool(), false);
            QCOMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("default"));
            return;
        }
        const QJsonObject track = infos.value(QStringLiteral("track")).toObject();
        QCOMPARE(track.value(QStringLiteral("type")).toString(), expectedType);
        QCOMPARE(track.value(QStringLiteral("title")).toString(), expectedTitle);
        QCOMPARE(infos.value(QStringLiteral("is_playing")).toBool(), playing);
        if (QTest::currentDataTag() == QByteArray("no artist"))
            QCOMPARE(track.value(QStringLiteral("artists")).toArray().size(), 0);
        if (expectCover)
            QTRY_COMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
        else
            QCOMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("default"));
        QCOMPARE(track.value(QStringLiteral("cover_url")).toString().isEmpty(),
            expectedType == QStringLiteral("local") || expectedType == QStringLiteral("ad"));
    }

    void playingOnAnotherDevice_isShownFromTheWebApi()
    {
        Live live;
        FakeSpotifyPlayer::Playback playback = live.spotify->player().playback();
        playback.device = QStringLiteral("Kitchen speaker");
        live.spotify->player().set(playback);
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        QCOMPARE(live.infos().value(QStringLiteral("source")).toString(), QStringLiteral("web_api"));
        QCOMPARE(live.infos().value(QStringLiteral("is_playing")).toBool(), true);
    }

    void checkNow_isNotPostponedByAChangeOfBudget()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        QTRY_VERIFY(live.poller().nextCheckAt() > QDateTime::currentDateTimeUtc().addSecs(5));
        const int before = live.polls();
        // Asked now, and before the check starts the budget changes (a request of the sync, an
        // answer, the user's new daily limit): the pace is planned again, the check still goes.
        live.poller().checkNow();
        live.account()->budget().setDailyLimit(900);
        QTRY_COMPARE(live.polls(), before + 1);
    }

    void aRateLimit_sendsNothingBeforeItsEnd()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        const int before = live.polls();
        live.spotify->failNext(currentlyPlaying, 429, 3);
        QElapsedTimer clock;
        clock.start();
        live.poller().checkNow();
        QTRY_COMPARE(live.polls(), before + 1);
        QTRY_COMPARE(live.account()->budget().pause(), RequestBudget::Pause::RateLimited);
        // Asked again meanwhile: nothing is sent before Retry-After ends.
        live.poller().checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(live.polls() > before + 1, 10000);
        QVERIFY2(clock.elapsed() >= 2900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(live.title(), QStringLiteral("First song"));
        // Then back to the regular check interval.
        QTRY_VERIFY(live.poller().nextCheckAt() > QDateTime::currentDateTimeUtc().addSecs(5));
        QVERIFY(live.polls() <= before + 4);
    }

    void theDailyQuota_pausesForAnHour_keepingTheLastState()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
        const int before = live.polls();
        live.spotify->failNext(currentlyPlaying, 429, 3600);
        QVERIFY(live.checkNow());
        QCOMPARE(live.polls(), before + 1);
        QCOMPARE(live.account()->budget().pause(), RequestBudget::Pause::QuotaExceeded);
        QVERIFY(live.account()->budget().resumeAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
        QVERIFY(live.poller().problem().contains(QStringLiteral("quota")));
        QVERIFY(live.poller().nextCheckAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
        // Asking again sends nothing; the overlay keeps what it showed.
        live.poller().checkNow();
        QTRY_VERIFY(!live.poller().problem().isEmpty());
        QCOMPARE(live.polls(), before + 1);
        QCOMPARE(live.title(), QStringLiteral("First song"));
        QCOMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
    }

    void aRefusedAccessToken_isRefreshedOnceAndTheRequestSentAgain()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        const int refreshes = live.spotify->refreshRequests();
        live.spotify->expireAccessTokens();
        live.spotify->player().changeTrack(QStringLiteral("trackB"), QStringLiteral("Second song"));
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.title(), QStringLiteral("Second song"));
        QCOMPARE(live.spotify->refreshRequests(), refreshes + 1);
        QVERIFY(live.poller().problem().isEmpty());
    }

    void aFailingService_backsOffKeepingTheLastState()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        live.spotify->failNext(currentlyPlaying, 503, 0, 10);
        QVERIFY(live.checkNow());
        QCOMPARE(live.account()->budget().pause(), RequestBudget::Pause::Failing);
        QVERIFY(!live.poller().problem().isEmpty());
        QCOMPARE(live.title(), QStringLiteral("First song"));
        QCOMPARE(live.infos().value(QStringLiteral("is_playing")).toBool(), true);
    }

    void aCoverSeenBefore_costsNoRequest()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
        QTRY_COMPARE(httpRequest(live.port(), "GET", "/cover").status, 200);
        const QString firstColor = live.color().value(QStringLiteral("color")).toString();
        live.spotify->player().changeTrack(QStringLiteral("trackB"), QStringLiteral("Second song"));
        QVERIFY(live.checkNow());
        QTRY_VERIFY(live.color().value(QStringLiteral("color")).toString() != firstColor);
        const int images = live.spotify->requestsTo(QStringLiteral("/image/"));
        const int misses = live.app->pipeline->covers().misses();

        live.spotify->player().changeTrack(QStringLiteral("trackA"), QStringLiteral("First song"));
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.color().value(QStringLiteral("color")).toString(), firstColor);
        QTRY_COMPARE(httpRequest(live.port(), "GET", "/cover").status, 200);
        QCOMPARE(live.spotify->requestsTo(QStringLiteral("/image/")), images);
        QCOMPARE(live.app->pipeline->covers().misses(), misses);
    }

    void anEqualState_isNotPublishedAgain()
    {
        NowPlaying nowPlaying;
        QSignalSpy changed(&nowPlaying, &NowPlaying::changed);
        PlaybackState state;
        state.isPlaying = true;
        state.track = Track{};
        state.track->title = QStringLiteral("Once");
        nowPlaying.setState(state);
        nowPlaying.setState(state);
        QCOMPARE(changed.size(), 1);
        state.isPlaying = false;
        nowPlaying.setState(state);
        QCOMPARE(changed.size(), 2);
    }

    void aTrackChange_isPublishedAtMostThreeTimes_trackColoursImage()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.color().value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
        QTRY_COMPARE(httpRequest(live.port(), "GET", "/cover").status, 200);
        const QByteArray firstCover = httpRequest(live.port(), "GET", "/cover").body;
        const int before = live.app->nowPlaying.publications();
        live.spotify->player().changeTrack(QStringLiteral("trackB"), QStringLiteral("Second song"));
        QVERIFY(live.checkNow());
        QTRY_VERIFY(httpRequest(live.port(), "GET", "/cover").body != firstCover);
        QTRY_COMPARE(live.title(), QStringLiteral("Second song"));
        QVERIFY2(live.app->nowPlaying.publications() - before <= 3,
            qPrintable(QString::number(live.app->nowPlaying.publications() - before)));
        // The window's picture came with it, decoded once by the cover cache.
        QVERIFY(!live.app->nowPlaying.state().coverPicture.isNull());
    }

    void disconnecting_stopsAsking()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), QStringLiteral("First song"));
        QCOMPARE(httpRequest(live.port(), "DELETE", "/api/spotify", live.key()).status, 200);
        QTRY_COMPARE(live.infos().value(QStringLiteral("track")), QJsonValue(QJsonValue::Null));
        QVERIFY(!live.poller().isActive());
        QVERIFY(live.poller().nextCheckAt().isNull());
    }
};

QTEST_GUILESS_MAIN(TestNowPlaying)
#include "tst_nowplaying.moc"

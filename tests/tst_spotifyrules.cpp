// Spotify as it is in 2026, against the fake Spotify: a daily request budget counted in the
// database and shared by everything that asks the Web API, refusals named with what to do (the
// app owner's Premium, the app's list of users, the quota with a day's Retry-After), the
// connection doctor, the six-month authorization, /infos saying when what it shows is stale, and
// tracks that end and give way to the next on a phone.

#include "support/spotifyconnection.h"

#include "nowplaying/nowplayingpoller.h"
#include "providers/serviceaccount.h"
#include "settings/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString currentlyPlaying = u"/v1/me/player/currently-playing"_s;

struct Live : SpotifyConnection {
    explicit Live(int dailyBudget = 600)
    {
        [[maybe_unused]] const auto budget = app->settings->set(SettingKey::SpotifyDailyBudget, dailyBudget);
        app->followNowPlaying(nullptr);
        FakeSpotifyPlayer::Playback playing;
        playing.trackId = u"trackA"_s;
        playing.title = u"First song"_s;
        spotify->player().set(playing);
    }
    NowPlayingPoller &poller() const { return *app->pipeline->poller(u"spotify"_s); }
    QJsonObject infos() const { return httpRequest(port(), "GET", "/infos").json(); }
    QString title() const { return infos().value(u"track"_s).toObject().value(u"title"_s).toString(); }
    int polls() const { return spotify->requestsTo(currentlyPlaying); }
    // Asks now, and waits until the answer (or the refusal to ask) has been taken in.
    bool checkNow() const
    {
        QSignalSpy read(&poller(), &NowPlayingPoller::playbackChanged);
        QSignalSpy failed(&poller(), &NowPlayingPoller::problemChanged);
        poller().checkNow();
        return QTest::qWaitFor([&] { return read.size() + failed.size() > 0 || !poller().problem().isEmpty(); }, 5000);
    }
    QJsonObject check() const { return httpRequest(port(), "POST", "/api/spotify/check", key()).json(); }
};

QString outcomeOf(const QJsonObject &report, const QString &check)
{
    for (const QJsonValue &line : report.value(u"checks"_s).toArray()) {
        if (line.toObject().value(u"check"_s).toString() == check)
            return line.toObject().value(u"outcome"_s).toString();
    }
    return {};
}

QString messageOf(const QJsonObject &report, const QString &check)
{
    for (const QJsonValue &line : report.value(u"checks"_s).toArray()) {
        if (line.toObject().value(u"check"_s).toString() == check)
            return line.toObject().value(u"message"_s).toString();
    }
    return {};
}

} // namespace

class TestSpotifyRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theServices_sayTheirBudgetAndWhenToReauthorize()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), u"First song"_s);
        const QJsonObject spotify = live.service();
        QCOMPARE(spotify.value(u"daily_budget"_s).toInt(), 600);
        QVERIFY(spotify.value(u"requests_today"_s).toInt() >= 1);
        QCOMPARE(spotify.value(u"requests_today"_s).toInt(), live.account()->budget().usedToday());
        // Six months after the user agreed, whatever refreshes happen meanwhile.
        QCOMPARE(spotify.value(u"reauthorize_by"_s).toString(),
            live.account()->authorizedAt().addMonths(6).toLocalTime().date().toString(Qt::ISODate));
        QCOMPARE(spotify.value(u"problem"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(spotify.value(u"problem_kind"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(live.infos().value(u"stale"_s).toBool(), false);
    }

    void aSpentBudget_stopsTheChecks_saysSo_andKeepsTheLastTrack()
    {
        Live live(3);
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), u"First song"_s);
        while (live.account()->budget().usedToday() < 3)
            QVERIFY(live.checkNow());
        const int polls = live.polls();
        live.spotify->player().changeTrack(u"trackB"_s, u"Second song"_s);
        QVERIFY(live.checkNow());
        QCOMPARE(live.polls(), polls);
        const QJsonObject spotify = live.service();
        QCOMPARE(spotify.value(u"problem_kind"_s).toString(), u"budget_spent"_s);
        QVERIFY2(spotify.value(u"problem"_s).toString().contains(u"tomorrow"_s),
            qPrintable(spotify.value(u"problem"_s).toString()));
        QCOMPARE(spotify.value(u"requests_today"_s).toInt(), 3);
        // The overlay keeps the last track, and says it could not be checked.
        QCOMPARE(live.title(), u"First song"_s);
        QTRY_COMPARE(live.infos().value(u"stale"_s).toBool(), true);
        // The next check is tomorrow.
        QVERIFY(live.poller().nextCheckAt() >= live.account()->budget().nextDay());
    }

    void raisingTheBudget_resumesTheChecks_loweringItBelowTodaysUse_spendsIt()
    {
        Live live(3);
        QVERIFY(live.connectAccount());
        while (live.account()->budget().usedToday() < 3)
            QVERIFY(live.checkNow());
        QCOMPARE(live.service().value(u"problem_kind"_s).toString(), u"budget_spent"_s);
        const RawResponse raised = httpRequest(live.port(), "PATCH", "/settings/me",
            live.key({{"Content-Type", "application/json"}}), "{\"spotify_daily_budget\":1000}");
        QCOMPARE(raised.status, 200);
        live.spotify->player().changeTrack(u"trackB"_s, u"Second song"_s);
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.title(), u"Second song"_s);
        QTRY_COMPARE(live.infos().value(u"stale"_s).toBool(), false);
        QCOMPARE(live.service().value(u"problem_kind"_s), QJsonValue(QJsonValue::Null));

        QVERIFY(live.app->settings->set(SettingKey::SpotifyDailyBudget, 2));
        QCOMPARE(live.service().value(u"problem_kind"_s).toString(), u"budget_spent"_s);
    }

    void aBudgetOfZero_neverAsksTheWebApi()
    {
        Live live(0);
        QVERIFY(live.connectAccount());
        const int polls = live.polls();
        QVERIFY(live.checkNow());
        QCOMPARE(live.polls(), polls);
        QCOMPARE(polls, 0);
        QCOMPARE(live.service().value(u"problem_kind"_s).toString(), u"budget_spent"_s);
        QVERIFY(live.service().value(u"problem"_s).toString().contains(u"set to 0"_s));
    }

    void todaysRequests_surviveARestart()
    {
        QTemporaryDir data;
        {
            ServerFixture first({}, data.path());
            ServiceAccount *spotify = first.services->account(u"spotify"_s);
            for (int i = 0; i < 5; ++i)
                spotify->budget().recordSent();
        }
        ServerFixture second({}, data.path());
        QCOMPARE(second.services->account(u"spotify"_s)->budget().usedToday(), 5);
    }

    void refusals_areNamedWithWhatToDo_data()
    {
        QTest::addColumn<bool>("premium");
        QTest::addColumn<bool>("allowlisted");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("the app's owner has no Premium") << false << true << u"premium_required"_s << u"Premium"_s;
        QTest::newRow("the user is not on the app's list")
            << true << false << u"not_allowlisted"_s << u"User Management"_s;
    }

    void refusals_areNamedWithWhatToDo()
    {
        QFETCH(bool, premium);
        QFETCH(bool, allowlisted);
        QFETCH(QString, kind);
        QFETCH(QString, said);
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), u"First song"_s);
        live.spotify->setOwnerHasPremium(premium);
        live.spotify->setUserAllowlisted(allowlisted);
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.service().value(u"problem_kind"_s).toString(), kind);
        QVERIFY2(live.service().value(u"problem"_s).toString().contains(said),
            qPrintable(live.service().value(u"problem"_s).toString()));
        QVERIFY(live.poller().problem().contains(said));
        QCOMPARE(live.title(), u"First song"_s);
        QTRY_COMPARE(live.infos().value(u"stale"_s).toBool(), true);

        // The doctor says the same, in its Web API line.
        const QJsonObject report = live.check();
        QCOMPARE(outcomeOf(report, u"web_api"_s), u"bad"_s);
        QVERIFY2(messageOf(report, u"web_api"_s).contains(said), qPrintable(messageOf(report, u"web_api"_s)));
        QCOMPARE(outcomeOf(report, u"app"_s), u"good"_s);

        // Fixed on Spotify's side: the next check clears it.
        live.spotify->setOwnerHasPremium(true);
        live.spotify->setUserAllowlisted(true);
        live.spotify->player().changeTrack(u"trackB"_s, u"Second song"_s);
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.title(), u"Second song"_s);
        QCOMPARE(live.service().value(u"problem_kind"_s), QJsonValue(QJsonValue::Null));
        QTRY_COMPARE(live.infos().value(u"stale"_s).toBool(), false);
    }

    void theQuota_withADaysRetryAfter_pausesUntilThen()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), u"First song"_s);
        live.spotify->exceedQuota(86400);
        QVERIFY(live.checkNow());
        const int polls = live.polls();
        QTRY_COMPARE(live.service().value(u"problem_kind"_s).toString(), u"quota_exceeded"_s);
        QVERIFY(live.account()->budget().resumeAt() > QDateTime::currentDateTimeUtc().addSecs(86000));
        QVERIFY(live.poller().nextCheckAt() > QDateTime::currentDateTimeUtc().addSecs(86000));
        live.poller().checkNow();
        QTRY_VERIFY(!live.poller().problem().isEmpty());
        QCOMPARE(live.polls(), polls);
        QCOMPARE(live.title(), u"First song"_s);
        QCOMPARE(live.infos().value(u"stale"_s).toBool(), true);
    }

    void aNetworkThatDropsAndReturns_isFollowedAgainByItself()
    {
        Live live;
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), u"First song"_s);
        live.spotify->goOffline();
        live.spotify->player().changeTrack(u"trackB"_s, u"Second song"_s);
        QVERIFY(live.checkNow());
        QTRY_COMPARE(live.service().value(u"problem_kind"_s).toString(), u"network"_s);
        QCOMPARE(live.title(), u"First song"_s);
        QTRY_COMPARE(live.infos().value(u"stale"_s).toBool(), true);
        // Back: the next check, planned within the back-off, finds the music again by itself.
        live.spotify->comeBackOnline();
        QTRY_COMPARE_WITH_TIMEOUT(live.title(), u"Second song"_s, 15000);
        QTRY_COMPARE(live.infos().value(u"stale"_s).toBool(), false);
        QCOMPARE(live.service().value(u"problem_kind"_s), QJsonValue(QJsonValue::Null));
    }

    void theDoctor_checksEverythingWithTwoRequests()
    {
        Live live;
        QJsonObject report = live.check();
        QCOMPARE(outcomeOf(report, u"client_id"_s), u"bad"_s);
        QVERIFY(messageOf(report, u"client_id"_s).contains(u"Settings → Credentials"_s));

        QVERIFY(live.connectAccount());
        QTRY_COMPARE(live.title(), u"First song"_s);
        const int api = live.spotify->requestsTo(u"/v1/"_s);
        const int authorize = live.spotify->requestsTo(u"/authorize"_s);
        report = live.check();
        for (const QString &check : {u"client_id"_s, u"app"_s, u"authorization"_s, u"web_api"_s, u"requests"_s})
            QCOMPARE(outcomeOf(report, check), u"good"_s);
        QVERIFY(messageOf(report, u"authorization"_s).contains(u"JM Wizzler"_s));
        QVERIFY(messageOf(report, u"requests"_s).contains(u"600"_s));
        QCOMPARE(live.spotify->requestsTo(u"/v1/"_s), api + 1);
        QCOMPARE(live.spotify->requestsTo(u"/authorize"_s), authorize + 1);
        // The probe started no authorization: nothing waits for the browser.
        QVERIFY(!live.app->services->isAuthorizing(u"spotify"_s));
    }

    void theDoctor_namesAnUnknownRedirectUri()
    {
        Live live;
        QVERIFY(live.configureClient());
        // The app was made with MelodyHue's redirect URI on another port.
        live.app->services->setCallbackBase(QUrl(u"http://127.0.0.1:1"_s));
        const QJsonObject report = live.check();
        QCOMPARE(outcomeOf(report, u"app"_s), u"bad"_s);
        QVERIFY2(messageOf(report, u"app"_s).contains(u"redirect URI"_s), qPrintable(messageOf(report, u"app"_s)));
        QCOMPARE(outcomeOf(report, u"authorization"_s), u"bad"_s);
    }

    void tracksThatEndOnAPhone_giveWayToTheNext_oneOrTwoChecksEach()
    {
        // Tracks of 3 s: a budget for a day of them (600 would pace the checks to one in 2 minutes).
        Live live(SettingsSchema::maximumDailyBudget);
        QVERIFY(live.app->settings->set(SettingKey::PollIntervalSeconds, 2));
        QList<FakeSpotifyPlayer::Playback> tracks;
        for (const QString &name : {u"One"_s, u"Two"_s, u"Three"_s}) {
            FakeSpotifyPlayer::Playback track;
            track.trackId = u"track"_s + name;
            track.title = name;
            track.durationMs = 3000;
            tracks.append(track);
        }
        QVERIFY(live.connectAccount());
        live.spotify->player().playQueue(tracks);
        live.poller().checkNow();
        QStringList seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QString title = live.title();
                if (!title.isEmpty() && (seen.isEmpty() || seen.constLast() != title))
                    seen.append(title);
                return seen.contains(u"Three"_s);
            }(),
            15000);
        QCOMPARE(seen.mid(seen.indexOf(u"One"_s)), (QStringList{u"One"_s, u"Two"_s, u"Three"_s}));
        // The end of each track is checked, and little else (the 2 s interval would be more).
        QVERIFY2(live.polls() <= 3 * 3, qPrintable(QString::number(live.polls())));
    }
};

QTEST_GUILESS_MAIN(TestSpotifyRules)
#include "tst_spotifyrules.moc"

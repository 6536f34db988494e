// The play history as the music plays, and what chat bots and tools read of it: /now.txt,
// /recent.txt and /api/history, over real HTTP on loopback with a real SQLite file.
#include "support/rawhttp.h"
#include "support/serverfixture.h"

#include "storage/playhistorytable.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QDateTime start = QDateTime::fromString(QStringLiteral("2026-12-08T20:00:00Z"), Qt::ISODate);

PlaybackState playing(const QString &title, const QStringList &artists = {QStringLiteral("Artist")},
    const QString &id = {}, bool isPlaying = true)
{
    PlaybackState state;
    state.isPlaying = isPlaying;
    state.source = PlaybackSource::MediaSession;
    state.reporter = QStringLiteral("Spotify desktop app");
    Track track;
    track.title = title;
    track.artists = artists;
    track.album = QStringLiteral("Album");
    track.durationMs = 180000;
    if (!id.isEmpty()) {
        state.service = QStringLiteral("spotify");
        track.id = id;
    }
    state.track = track;
    return state;
}

QList<PlayedTrack> newest(const ServerFixture &fixture, int limit = 100)
{
    return fixture.history->newest(limit).value();
}

} // namespace

class TestPlayHistory : public QObject
{
    Q_OBJECT

private:
    static RawResponse get(const ServerFixture &fixture, const QByteArray &path, bool withKey = false)
    {
        Headers headers;
        if (withKey)
            headers.append({"Authorization", fixture.bearer()});
        return httpRequest(fixture.port(), "GET", path, headers);
    }

    // The music plays for `seconds`, as the clock of the history sees it.
    static void elapse(ServerFixture &fixture, int seconds) { fixture.clock = fixture.clock.addSecs(seconds); }

private Q_SLOTS:
    void aTrack_startsWhenItPlays_andEndsWhenTheNextStarts()
    {
        ServerFixture fixture;
        fixture.clock = start;
        QVERIFY(newest(fixture).isEmpty());
        fixture.nowPlaying.setState(playing(QStringLiteral("One"), {QStringLiteral("A")}, QStringLiteral("id1")));
        elapse(fixture, 200);
        fixture.nowPlaying.setState(playing(QStringLiteral("Two"), {QStringLiteral("B"), QStringLiteral("C")}));
        elapse(fixture, 30);

        const QList<PlayedTrack> tracks = newest(fixture);
        QCOMPARE(tracks.size(), 2);
        QCOMPARE(tracks[0].title, QStringLiteral("Two"));
        QCOMPARE(tracks[0].artists, QStringList({QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(tracks[0].startedAt, start.addSecs(200));
        QVERIFY(!tracks[0].endedAt.isValid());
        QCOMPARE(tracks[0].source, QStringLiteral("media_session"));
        QCOMPARE(tracks[0].reporter, QStringLiteral("Spotify desktop app"));
        QVERIFY(tracks[0].service.isEmpty());
        QCOMPARE(tracks[1].title, QStringLiteral("One"));
        QCOMPARE(tracks[1].uri, QStringLiteral("spotify:track:id1"));
        QCOMPARE(tracks[1].startedAt, start);
        QCOMPARE(tracks[1].endedAt, start.addSecs(200));
        QCOMPARE(tracks[1].durationMs, 180000);
        QVERIFY(!tracks[1].streamSafe.has_value());
        QCOMPARE(fixture.history->current()->title, QStringLiteral("Two"));
    }

    void aPause_endsThePlay_andTheSameTrackResumedIsOnePlay()
    {
        ServerFixture fixture;
        fixture.clock = start;
        fixture.nowPlaying.setState(playing(QStringLiteral("One")));
        elapse(fixture, 60);
        fixture.nowPlaying.setState(playing(QStringLiteral("One"), {QStringLiteral("Artist")}, {}, false));
        QCOMPARE(newest(fixture).value(0).endedAt, start.addSecs(60));
        QVERIFY(!fixture.history->current());
        elapse(fixture, 60);
        // The Web API fills in the same track with its id a moment later: still one play.
        fixture.nowPlaying.setState(playing(QStringLiteral("One"), {QStringLiteral("Artist")}, QStringLiteral("x")));
        QCOMPARE(newest(fixture).size(), 1);
        QVERIFY(!newest(fixture).value(0).endedAt.isValid());
        elapse(fixture, 60);
        fixture.nowPlaying.setState(PlaybackState());
        QCOMPARE(newest(fixture).size(), 1);
        QCOMPARE(newest(fixture).value(0).endedAt, start.addSecs(180));
    }

    void ads_andUntitledItems_areNotKept()
    {
        ServerFixture fixture;
        PlaybackState ad = playing(QStringLiteral("Advertisement"));
        ad.track->type = QStringLiteral("ad");
        fixture.nowPlaying.setState(ad);
        fixture.nowPlaying.setState(playing(QString()));
        QVERIFY(newest(fixture).isEmpty());
        QCOMPARE(get(fixture, "/now.txt").body, QByteArray());
    }

    void aKilledProcess_leavesNoTrackPlayingForever()
    {
        QTemporaryDir folder;
        const QDateTime yesterday
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 86400, QTimeZone::utc());
        {
            // As kill -9 leaves it: the row written when the track started, never ended.
            auto database = Database::open(folder.filePath(QStringLiteral("melodyhue.sqlite")));
            QVERIFY(database.ok());
            PlayedTrack played;
            played.startedAt = yesterday;
            played.source = QStringLiteral("media_session");
            played.title = QStringLiteral("One");
            played.durationMs = 180000;
            QVERIFY(PlayHistoryTable(*database.value()).start(played).ok());
        }
        ServerFixture fixture({}, folder.path());
        const QList<PlayedTrack> tracks = newest(fixture);
        QCOMPARE(tracks.size(), 1);
        QCOMPARE(tracks[0].endedAt, yesterday.addMSecs(180000));
    }

    void oldTracks_areForgottenAfterHistoryDays()
    {
        ServerFixture fixture;
        fixture.clock = start.addDays(-40);
        fixture.nowPlaying.setState(playing(QStringLiteral("Old")));
        fixture.nowPlaying.setState(PlaybackState());
        fixture.clock = start;
        fixture.nowPlaying.setState(playing(QStringLiteral("New")));
        QCOMPARE(newest(fixture).size(), 2);
        QVERIFY(fixture.settings->set(SettingKey::HistoryDays, 30).ok());
        QCOMPARE(newest(fixture).size(), 1);
        QCOMPARE(newest(fixture).value(0).title, QStringLiteral("New"));
        QVERIFY(!fixture.settings->set(SettingKey::HistoryDays, 0).ok());
    }

    void nowTxt_isTheLineOfTheOutputPattern_inPlainUtf8()
    {
        ServerFixture fixture;
        RawResponse response = get(fixture, "/now.txt");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(response.body, QByteArray());

        fixture.nowPlaying.setState(playing(QStringLiteral("Été"), {QStringLiteral("Zaz"), QStringLiteral("M")}));
        QCOMPARE(QString::fromUtf8(get(fixture, "/now.txt").body), QStringLiteral("Zaz, M — Été"));
        QVERIFY(fixture.settings->set(SettingKey::OutputPattern, QStringLiteral("♪ {title} by {artists}")).ok());
        QCOMPARE(QString::fromUtf8(get(fixture, "/now.txt").body), QStringLiteral("♪ Été by Zaz, M"));

        // Whatever a web page playing media calls itself stays one line, placeholders included.
        fixture.nowPlaying.setState(playing(QStringLiteral("a\r\nPRIVMSG #chan :hi\u2028{artists}\x01")));
        QCOMPARE(QString::fromUtf8(get(fixture, "/now.txt").body),
            QStringLiteral("♪ a PRIVMSG #chan :hi {artists} by Artist"));

        fixture.nowPlaying.setState(playing(QStringLiteral("Été"), {}, {}, false));
        QCOMPARE(get(fixture, "/now.txt").body, QByteArray());
    }

    void recentTxt_isTheLastFive_newestFirst()
    {
        ServerFixture fixture;
        QCOMPARE(get(fixture, "/recent.txt").body, QByteArray());
        fixture.clock = start;
        for (int i = 1; i <= 7; ++i) {
            fixture.nowPlaying.setState(playing(QStringLiteral("Song %1").arg(i)));
            elapse(fixture, 100);
        }
        const RawResponse response = get(fixture, "/recent.txt");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(QString::fromUtf8(response.body),
            QStringLiteral("Artist — Song 7\nArtist — Song 6\nArtist — Song 5\nArtist — Song 4\nArtist — Song 3"));
    }

    void apiHistory_isPrivate_newestFirst_withSinceAndLimit()
    {
        ServerFixture fixture;
        fixture.clock = start;
        for (int i = 1; i <= 4; ++i) {
            fixture.nowPlaying.setState(
                playing(QStringLiteral("Song %1").arg(i), {QStringLiteral("A")}, QStringLiteral("id%1").arg(i)));
            elapse(fixture, 100);
        }
        QCOMPARE(get(fixture, "/api/history").status, 401);

        RawResponse response = get(fixture, "/api/history", true);
        QCOMPARE(response.status, 200);
        QJsonArray tracks = QJsonDocument::fromJson(response.body).array();
        QCOMPARE(tracks.size(), 4);
        const QJsonObject first = tracks[0].toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Song 4"));
        QCOMPARE(first.value(QStringLiteral("uri")).toString(), QStringLiteral("spotify:track:id4"));
        QCOMPARE(first.value(QStringLiteral("service")).toString(), QStringLiteral("spotify"));
        QCOMPARE(first.value(QStringLiteral("ended_at")), QJsonValue(QJsonValue::Null));
        QCOMPARE(first.value(QStringLiteral("stream_safe")), QJsonValue(QJsonValue::Null));
        QCOMPARE(first.value(QStringLiteral("muted")), QJsonValue(false));
        QCOMPARE(tracks[1].toObject().value(QStringLiteral("started_at")).toString(),
            QStringLiteral("2026-12-08T20:03:20Z"));
        QCOMPARE(
            tracks[1].toObject().value(QStringLiteral("ended_at")).toString(), QStringLiteral("2026-12-08T20:05:00Z"));

        response = get(fixture, "/api/history?since=2026-12-08T20:03:00Z&limit=1", true);
        tracks = QJsonDocument::fromJson(response.body).array();
        QCOMPARE(tracks.size(), 1);
        QCOMPARE(tracks[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Song 4"));
        response = get(fixture, "/api/history?since=2026-12-08T20:03:00Z", true);
        QCOMPARE(QJsonDocument::fromJson(response.body).array().size(), 2);

        for (const QByteArray &bad : {QByteArray("/api/history?since=yesterday"), QByteArray("/api/history?limit=0"),
                 QByteArray("/api/history?limit=100000"), QByteArray("/api/history?limit=ten")}) {
            response = get(fixture, bad, true);
            QVERIFY2(response.status == 400, bad.constData());
            QVERIFY(!response.errorMessage().isEmpty());
        }
    }
};

QTEST_MAIN(TestPlayHistory)
#include "tst_playhistory.moc"

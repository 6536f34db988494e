// Streams and recordings seen through OBS (a fake obs-websocket 5 with its events), their
// tracks from the play history, and their chapters as YouTube reads them, over real HTTP.
#include "support/fakeobs.h"
#include "support/rawhttp.h"
#include "support/serverfixture.h"

#include "history/chapters.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QDateTime start = QDateTime::fromString(QStringLiteral("2026-12-08T20:00:00Z"), Qt::ISODate);

PlayedTrack played(qint64 offsetSeconds, const QString &title, const QString &artist = QStringLiteral("Artist"))
{
    PlayedTrack track;
    track.startedAt = start.addSecs(offsetSeconds);
    track.title = title;
    track.artists = {artist};
    return track;
}

PlaybackState playing(const QString &title)
{
    PlaybackState state;
    state.isPlaying = true;
    state.source = PlaybackSource::MediaSession;
    Track track;
    track.title = title;
    track.artists = {QStringLiteral("Artist")};
    state.track = track;
    return state;
}

} // namespace

class TestStreamSessions : public QObject
{
    Q_OBJECT

private:
    static RawResponse get(const ServerFixture &fixture, const QByteArray &path, bool withKey = true)
    {
        Headers headers;
        if (withKey)
            headers.append({"Authorization", fixture.bearer()});
        return httpRequest(fixture.port(), "GET", path, headers);
    }

    static QList<StreamSession> sessions(const ServerFixture &fixture)
    {
        return fixture.streamSessions->newest(10).value();
    }

private Q_SLOTS:
    void chapters_beginAt0_oneLinePerTrack_tenSecondsApart()
    {
        const QList<PlayedTrack> tracks{played(0, QStringLiteral("Intro")), played(4, QStringLiteral("Skipped")),
            played(9, QStringLiteral("One")), played(200, QStringLiteral("Two")),
            played(215, QStringLiteral("Too short")), played(220, QStringLiteral("Three")),
            played(3725, QStringLiteral("Late"), QStringLiteral("B"))};
        const QList<Chapters::Chapter> chapters = Chapters::of(start, tracks);
        QCOMPARE(Chapters::text(chapters),
            QStringLiteral("00:00 Artist — One\n03:20 Artist — Two\n03:40 Artist — Three\n1:02:05 B — Late\n"));
        for (qsizetype i = 1; i < chapters.size(); ++i)
            QVERIFY(chapters[i].offsetSeconds - chapters[i - 1].offsetSeconds >= Chapters::shortestSeconds);
    }

    void chapters_startWithTheStream_whenTheMusicStartsLater()
    {
        QCOMPARE(Chapters::text(Chapters::of(start, {played(95, QStringLiteral("First"))})),
            QStringLiteral("00:00 Start\n01:35 Artist — First\n"));
        QCOMPARE(Chapters::text(Chapters::of(start, {})), QStringLiteral("00:00 Start\n"));
        // A track that began before the stream is its first chapter.
        QCOMPARE(Chapters::text(
                     Chapters::of(start, {played(-60, QStringLiteral("Before")), played(30, QStringLiteral("A"))})),
            QStringLiteral("00:00 Artist — Before\n00:30 Artist — A\n"));
        // One track resumed after a pause is one chapter.
        QCOMPARE(
            Chapters::text(Chapters::of(start, {played(0, QStringLiteral("A")), played(100, QStringLiteral("A"))})),
            QStringLiteral("00:00 Artist — A\n"));
        QCOMPARE(Chapters::timestamp(59 * 60 + 59), QStringLiteral("59:59"));
        QCOMPARE(Chapters::timestamp(3600), QStringLiteral("1:00:00"));
        QCOMPARE(Chapters::timestamp(36000 + 61), QStringLiteral("10:01:01"));
    }

    void setlist_isCsvThatNoSpreadsheetRuns()
    {
        PlayedTrack formula = played(30, QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("A, B"));
        formula.endedAt = start.addSecs(200);
        formula.streamSafe = false;
        formula.muted = true;
        const QByteArray csv = Chapters::setlistCsv(start, {formula});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(
            lines[0], QByteArray("offset,started_at,ended_at,artists,title,album,service,uri,stream_safe,muted\r"));
        QCOMPARE(lines[1],
            QByteArray("00:30,2026-12-08T20:00:30Z,2026-12-08T20:03:20Z,\"A, "
                       "B\",\"'=HYPERLINK(\"\"http://x\"\")\",,,,no,yes\r"));
    }

    void aStream_isASession_withTheTracksPlayedDuringIt()
    {
        FakeObs obs;
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); });
        ServerFixture fixture;
        fixture.clock = start.addSecs(-300);
        fixture.nowPlaying.setState(playing(QStringLiteral("Before the stream")));
        fixture.obsSession->start();
        QTRY_VERIFY(fixture.obsSession->isConnected());
        QTRY_COMPARE(obs.subscribers(), 1);
        QVERIFY(sessions(fixture).isEmpty());

        fixture.clock = start;
        obs.setStreaming(true);
        QTRY_COMPARE(sessions(fixture).size(), 1);
        QCOMPARE(sessions(fixture)[0].kind, QStringLiteral("stream"));
        QCOMPARE(sessions(fixture)[0].startedAt, start);
        QVERIFY(!sessions(fixture)[0].endedAt.isValid());

        fixture.clock = start.addSecs(90);
        fixture.nowPlaying.setState(playing(QStringLiteral("One")));
        fixture.clock = start.addSecs(300);
        fixture.nowPlaying.setState(playing(QStringLiteral("Two")));
        fixture.clock = start.addSecs(3700);
        obs.setStreaming(false);
        QTRY_VERIFY(sessions(fixture)[0].endedAt.isValid());
        QCOMPARE(sessions(fixture)[0].endedAt, start.addSecs(3700));
        fixture.clock = start.addSecs(3800);
        fixture.nowPlaying.setState(playing(QStringLiteral("After the stream")));

        QCOMPARE(get(fixture, "/api/sessions", false).status, 401);
        const QJsonArray list = QJsonDocument::fromJson(get(fixture, "/api/sessions").body).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject session = list[0].toObject();
        QCOMPARE(session.value(QStringLiteral("kind")).toString(), QStringLiteral("stream"));
        QCOMPARE(session.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-12-08T20:00:00Z"));
        QCOMPARE(session.value(QStringLiteral("ended_at")).toString(), QStringLiteral("2026-12-08T21:01:40Z"));
        QCOMPARE(session.value(QStringLiteral("tracks")).toInt(), 3);

        const QByteArray id = QByteArray::number(session.value(QStringLiteral("id")).toInteger());
        const RawResponse chapters = get(fixture, "/api/sessions/" + id + "/chapters");
        QCOMPARE(chapters.status, 200);
        QCOMPARE(chapters.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(QString::fromUtf8(chapters.body),
            QStringLiteral("00:00 Artist — Before the stream\n01:30 Artist — One\n05:00 Artist — Two\n"));
        const RawResponse setlist = get(fixture, "/api/sessions/" + id + "/setlist.csv");
        QCOMPARE(setlist.status, 200);
        QCOMPARE(setlist.header("content-type"), QByteArray("text/csv; charset=utf-8"));
        QCOMPARE(setlist.body.count('\n'), 4);
        QCOMPARE(get(fixture, "/api/sessions/999/chapters").status, 404);
        QCOMPARE(get(fixture, "/api/sessions/abc/setlist.csv").status, 404);
        QCOMPARE(get(fixture, "/api/sessions/" + id + "/chapters", false).status, 401);
    }

    void aRecording_isASessionOfItsOwn()
    {
        FakeObs obs;
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); });
        ServerFixture fixture;
        fixture.obsSession->start();
        QTRY_COMPARE(obs.subscribers(), 1);
        obs.setRecording(true);
        obs.setStreaming(true);
        QTRY_COMPARE(sessions(fixture).size(), 2);
        obs.setRecording(false);
        QTRY_VERIFY(!fixture.obsSession->recording().active);
        const QList<StreamSession> both = sessions(fixture);
        const auto recording = std::find_if(both.cbegin(), both.cend(),
            [](const StreamSession &session) { return session.kind == QStringLiteral("recording"); });
        QVERIFY(recording != both.cend());
        QVERIFY(recording->endedAt.isValid());
        QVERIFY(fixture.obsSession->stream().active);
    }

    void melodyHueStartingMidStream_datesTheSessionFromObs()
    {
        FakeObs obs;
        obs.setStreaming(true, qint64(10) * 60 * 1000);
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); });
        ServerFixture fixture;
        fixture.obsSession->start();
        QTRY_COMPARE(sessions(fixture).size(), 1);
        const qint64 ago = sessions(fixture)[0].startedAt.secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(ago >= 599 && ago <= 620, qPrintable(QString::number(ago)));
    }

    void obsGoingAwayMidStream_endsTheSession_andItsReturnTakesItUp()
    {
        FakeObs obs;
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); });
        ServerFixture fixture;
        fixture.obsSession->start();
        QTRY_COMPARE(obs.subscribers(), 1);
        obs.setStreaming(true);
        QTRY_COMPARE(sessions(fixture).size(), 1);

        // OBS's WebSocket server stops; the stream itself goes on.
        obs.stop();
        QTRY_VERIFY(!fixture.obsSession->isConnected());
        QVERIFY(!fixture.obsSession->problem().isEmpty());
        QTRY_VERIFY(sessions(fixture)[0].endedAt.isValid());

        QVERIFY(obs.resume());
        QTRY_VERIFY_WITH_TIMEOUT(fixture.obsSession->isConnected(), 15000);
        QTRY_VERIFY(!sessions(fixture)[0].endedAt.isValid());
        QCOMPARE(sessions(fixture).size(), 1);

        // A new stream later is a new session.
        obs.setStreaming(false);
        QTRY_VERIFY(sessions(fixture)[0].endedAt.isValid());
        obs.setStreaming(true);
        QTRY_COMPARE(sessions(fixture).size(), 2);
    }
};

QTEST_MAIN(TestStreamSessions)
#include "tst_streamsessions.moc"

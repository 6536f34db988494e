// The media players of this computer through MPRIS: fake players on the test session's D-Bus,
// a real MelodyHue server following them, /infos, /cover and /ws read over loopback.

#include "support/fakemprisplayer.h"
#include "support/rawhttp.h"
#include "support/spotifyconnection.h"

#include "media/mprissessions.h"
#include "nowplaying/nowplayingpoller.h"
#include "nowplaying/nowplayingtracker.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace std::chrono_literals;

namespace {

struct Desktop : SpotifyConnection {
    Desktop() { app->followNowPlaying(std::make_unique<MprisSessions>(QDBusConnection::sessionBus())); }

    QJsonObject infos() const { return httpRequest(port(), "GET", "/infos").json(); }
    QJsonObject track() const { return infos().value(QStringLiteral("track")).toObject(); }
    QString title() const { return track().value(QStringLiteral("title")).toString(); }
    int polls() const { return spotify->requestsTo(QStringLiteral("/v1/me/player")); }
    bool setPlayer(const QByteArray &player) const
    {
        return httpRequest(port(), "PATCH", "/settings/me", key({{"Content-Type", "application/json"}}),
                   "{\"player\":\"" + player + "\"}")
                   .status
            == 200;
    }
    QStringList playersSeen() const
    {
        QStringList names;
        for (const auto &player : app->pipeline->tracker().playersSeen())
            names << player.name;
        return names;
    }
};

FakeMprisPlayer::Song song(const QString &title, const QString &artUrl = {})
{
    FakeMprisPlayer::Song song;
    song.title = title;
    song.artists = {QStringLiteral("The Fakes")};
    song.album = QStringLiteral("Loopback");
    song.artUrl = artUrl;
    song.trackId = QStringLiteral("/com/spotify/track/") + QString::number(qHash(title));
    return song;
}

} // namespace

class TestMpris : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSpotifyApp_isShownWithNoWebApiCall()
    {
        Desktop desktop;
        FakeMprisPlayer spotify(QStringLiteral("spotify"), QStringLiteral("Spotify"));
        QVERIFY(spotify.isRegistered());
        spotify.play(song(QStringLiteral("Local hero")));
        QTRY_COMPARE(desktop.title(), QStringLiteral("Local hero"));
        const QJsonObject infos = desktop.infos();
        QCOMPARE(infos.value(QStringLiteral("source")).toString(), QStringLiteral("media_session"));
        QCOMPARE(infos.value(QStringLiteral("player")).toString(), QStringLiteral("Spotify desktop app"));
        QCOMPARE(infos.value(QStringLiteral("service")).toString(), QStringLiteral("spotify"));
        QCOMPARE(infos.value(QStringLiteral("is_playing")).toBool(), true);
        QCOMPARE(
            desktop.track().value(QStringLiteral("artists")).toArray().first().toString(), QStringLiteral("The Fakes"));
        QCOMPARE(desktop.track().value(QStringLiteral("duration_ms")).toInteger(), 200'000);

        // Connected meanwhile: the Web API has nothing to add while the app shows what plays.
        QVERIFY(desktop.connectAccount());
        QVERIFY(!desktop.app->pipeline->poller(QStringLiteral("spotify"))->isActive());

        QWebSocket client;
        QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(desktop.port())));
        QTRY_VERIFY(!messages.isEmpty());
        spotify.play(song(QStringLiteral("Next one")));
        QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &message) {
            return QJsonDocument::fromJson(message.first().toString().toUtf8())
                       .object()
                       .value(QStringLiteral("track"))
                       .toObject()
                       .value(QStringLiteral("title"))
                       .toString()
                == QStringLiteral("Next one");
        }));
        QCOMPARE(desktop.title(), QStringLiteral("Next one"));
        QCOMPARE(desktop.polls(), 0);
    }

    void pausingAndSeeking_followThePlayer()
    {
        Desktop desktop;
        FakeMprisPlayer vlc(QStringLiteral("vlc"), QStringLiteral("VLC media player"));
        QVERIFY(desktop.setPlayer("any"));
        vlc.play(song(QStringLiteral("Seekable")));
        QTRY_COMPARE(desktop.title(), QStringLiteral("Seekable"));
        QCOMPARE(desktop.infos().value(QStringLiteral("player")).toString(), QStringLiteral("VLC media player"));
        vlc.seek(120'000'000);
        QTRY_VERIFY(desktop.track().value(QStringLiteral("progress_ms")).toInteger() >= 120'000);
        vlc.setStatus(QStringLiteral("Paused"));
        QTRY_COMPARE(desktop.infos().value(QStringLiteral("is_playing")).toBool(), false);
        QCOMPARE(desktop.title(), QStringLiteral("Seekable"));
    }

    void spotifysPositionOfZeroMidTrack_keepsTheProgress()
    {
        Desktop desktop;
        FakeMprisPlayer spotify(QStringLiteral("spotify"), QStringLiteral("Spotify"));
        spotify.play(song(QStringLiteral("Halfway")));
        spotify.seek(90'000'000);
        QTRY_VERIFY(desktop.track().value(QStringLiteral("progress_ms")).toInteger() >= 90'000);
        // The client now says 0 when asked, and a pause makes MelodyHue ask.
        spotify.setReportedPosition(0);
        spotify.setStatus(QStringLiteral("Paused"));
        QTRY_COMPARE(desktop.infos().value(QStringLiteral("is_playing")).toBool(), false);
        QVERIFY2(desktop.track().value(QStringLiteral("progress_ms")).toInteger() >= 90'000,
            qPrintable(QString::number(desktop.track().value(QStringLiteral("progress_ms")).toInteger())));
        // A seek to the start is believed.
        spotify.seek(0);
        QTRY_VERIFY(desktop.track().value(QStringLiteral("progress_ms")).toInteger() < 1000);
    }

    void aPlayerThatRestarts_isFollowedAgain()
    {
        Desktop desktop;
        auto spotify = std::make_unique<FakeMprisPlayer>(QStringLiteral("spotify"), QStringLiteral("Spotify"));
        spotify->play(song(QStringLiteral("Before the crash")));
        QTRY_COMPARE(desktop.title(), QStringLiteral("Before the crash"));
        spotify.reset();
        QTRY_COMPARE(desktop.infos().value(QStringLiteral("track")), QJsonValue(QJsonValue::Null));
        spotify = std::make_unique<FakeMprisPlayer>(QStringLiteral("spotify"), QStringLiteral("Spotify"));
        spotify->play(song(QStringLiteral("After the restart")));
        QTRY_COMPARE(desktop.title(), QStringLiteral("After the restart"));
    }

    void thePlayerQuitting_leavesNothingPlaying()
    {
        Desktop desktop;
        auto spotify = std::make_unique<FakeMprisPlayer>(QStringLiteral("spotify"), QStringLiteral("Spotify"));
        spotify->play(song(QStringLiteral("Last song")));
        QTRY_COMPARE(desktop.title(), QStringLiteral("Last song"));
        spotify.reset();
        QTRY_COMPARE(desktop.infos().value(QStringLiteral("track")), QJsonValue(QJsonValue::Null));
        QCOMPARE(desktop.infos().value(QStringLiteral("is_playing")).toBool(), false);
    }

    void twoPlayers_followThePlayerSetting()
    {
        Desktop desktop;
        FakeMprisPlayer vlc(QStringLiteral("vlc"), QStringLiteral("VLC media player"));
        FakeMprisPlayer spotify(QStringLiteral("spotify"), QStringLiteral("Spotify"));
        spotify.play(song(QStringLiteral("Spotify song")));
        spotify.setStatus(QStringLiteral("Paused"));
        vlc.play(song(QStringLiteral("VLC song")));
        QTRY_COMPARE(desktop.playersSeen().size(), 2);
        QVERIFY(desktop.playersSeen().contains(QStringLiteral("vlc")));

        // "Spotify only", the default: VLC playing does not count.
        QTRY_COMPARE(desktop.title(), QStringLiteral("Spotify song"));
        QCOMPARE(desktop.infos().value(QStringLiteral("is_playing")).toBool(), false);

        QVERIFY(desktop.setPlayer("any"));
        QCOMPARE(desktop.title(), QStringLiteral("VLC song"));
        QCOMPARE(desktop.infos().value(QStringLiteral("is_playing")).toBool(), true);

        QVERIFY(desktop.setPlayer("spotify"));
        spotify.setStatus(QStringLiteral("Playing"));
        QTRY_COMPARE(desktop.infos().value(QStringLiteral("is_playing")).toBool(), true);
        QCOMPARE(desktop.title(), QStringLiteral("Spotify song"));

        QVERIFY(desktop.setPlayer("vlc"));
        QCOMPARE(desktop.title(), QStringLiteral("VLC song"));
    }

    void aPasswordInACoversAddress_isNeverRepeated()
    {
        Desktop desktop;
        QVERIFY(desktop.setPlayer("any"));
        FakeMprisPlayer browser(QStringLiteral("chromium.instance42"), QStringLiteral("Chromium"));
        browser.play(
            song(QStringLiteral("A page's media"), QStringLiteral("https://user:s3cret@cdn.example.invalid/a.jpg")));
        QTRY_COMPARE(desktop.title(), QStringLiteral("A page's media"));
        const QString shown = desktop.track().value(QStringLiteral("cover_url")).toString();
        QCOMPARE(shown, QStringLiteral("https://cdn.example.invalid/a.jpg"));
        QVERIFY(!httpRequest(desktop.port(), "GET", "/infos").body.contains("s3cret"));
    }

    void aCoverFile_isServedOnlyWhenItIsAnImage()
    {
        Desktop desktop;
        QVERIFY(desktop.setPlayer("any"));
        QTemporaryDir folder;
        QImage picture(300, 300, QImage::Format_RGB32);
        picture.fill(QColor(0x2e, 0x8b, 0x57));
        const QString coverPath = folder.filePath(QStringLiteral("cover.png"));
        QVERIFY(picture.save(coverPath));
        // Bytes after the image's end (a file that is also a page): never served.
        {
            QFile polyglot(coverPath);
            QVERIFY(polyglot.open(QIODevice::Append));
            polyglot.write("<script>alert(1)</script>");
        }
        QFile secret(folder.filePath(QStringLiteral("notes.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("private notes, not a picture\n");
        secret.close();

        FakeMprisPlayer rhythmbox(QStringLiteral("rhythmbox"), QStringLiteral("Rhythmbox"));
        rhythmbox.play(song(QStringLiteral("With a cover"), QUrl::fromLocalFile(coverPath).toString()));
        QTRY_COMPARE(httpRequest(desktop.port(), "GET", "/cover").status, 200);
        const RawResponse cover = httpRequest(desktop.port(), "GET", "/cover");
        // What was decoded, encoded again: the picture, nothing else.
        QVERIFY(!cover.body.contains("<script>"));
        QCOMPARE(cover.header("content-type"), QByteArray("image/jpeg"));
        const QImage served = QImage::fromData(cover.body, "JPG");
        QCOMPARE(served.size(), picture.size());
        QVERIFY(qAbs(served.pixelColor(150, 150).green() - 0x8b) < 6);
        // The path itself is never shown.
        QCOMPARE(desktop.track().value(QStringLiteral("cover_url")).toString(), QString());
        const QColor color(desktop.infos().value(QStringLiteral("color")).toString());
        QVERIFY2(qAbs(color.green() - 0x8b) < 10, qPrintable(color.name()));

        for (const QString &notAnImage : {QUrl::fromLocalFile(secret.fileName()).toString(),
                 QStringLiteral("file:///dev/zero"), QStringLiteral("file:///nonexistent/cover.jpg")}) {
            rhythmbox.play(song(QStringLiteral("Not a cover: ") + notAnImage, notAnImage));
            QTRY_COMPARE(desktop.title(), QString(QStringLiteral("Not a cover: ") + notAnImage));
            QTRY_COMPARE(httpRequest(desktop.port(), "GET", "/cover").status, 404);
            QCOMPARE(desktop.infos().value(QStringLiteral("color")).toString(), QStringLiteral("#7c4dff"));
        }
        QCOMPARE(QDir(desktop.app->filePath(QStringLiteral("covers"))).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMpris)
#include "tst_mpris.moc"

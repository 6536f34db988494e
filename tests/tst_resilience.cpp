// MelodyHue keeps following the music through what happens to a computer on a long stream:
// the whole process frozen (SIGSTOP, then SIGCONT) while the track changes. The real
// `melodyhue`, headless, follows a fake Spotify app on this test's own D-Bus session; overlays
// read /infos and /ws.

#include "support/appprocess.h"
#include "support/fakemprisplayer.h"
#include "support/rawhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

FakeMprisPlayer::Song song(const QString &title)
{
    FakeMprisPlayer::Song song;
    song.trackId = u"/com/spotify/track/"_s + title.toLower().remove(u' ');
    song.title = title;
    song.artists = {u"The Fakes"_s};
    return song;
}

QString titleOf(const QByteArray &infos)
{
    return QJsonDocument::fromJson(infos).object().value(u"track"_s).toObject().value(u"title"_s).toString();
}

} // namespace

class TestResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFrozenProcess_followsTheMusicAgainWhenItRuns()
    {
        QTemporaryDir data;
        FakeMprisPlayer spotify(u"spotify"_s, u"Spotify"_s);
        QVERIFY(spotify.isRegistered());
        spotify.play(song(u"Before"_s));

        AppProcess app;
        app.start({u"--headless"_s, u"--data-dir"_s, data.path(), u"--port"_s, u"0"_s});
        QVERIFY2(app.waitUntilServing(), qPrintable(app.standardError()));
        QTRY_COMPARE(titleOf(httpRequest(app.port(), "GET", "/infos").body), u"Before"_s);
        QWebSocket overlay;
        QSignalSpy pushed(&overlay, &QWebSocket::textMessageReceived);
        overlay.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(app.port())));
        QVERIFY(pushed.wait());

        app.freeze();
        spotify.play(song(u"While frozen"_s));
        spotify.play(song(u"After"_s));
        // Nothing answers while it stands still.
        QVERIFY(!QTest::qWaitFor([&] { return pushed.size() > 1; }, 300));
        app.thaw();

        QTRY_COMPARE(titleOf(httpRequest(app.port(), "GET", "/infos").body), u"After"_s);
        QTRY_VERIFY(!pushed.isEmpty() && titleOf(pushed.last().first().toString().toUtf8()) == u"After"_s);
        QCOMPARE(overlay.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"

// How fast what plays reaches /ws: a track change seen through MPRIS (a fake player on the
// session bus, MelodyHue following it over D-Bus as it would the Spotify app), a new track seen
// by the Web API poller against an in-process fake Spotify (timed from the moment the fake
// answers the cover request), and one push to 50 open overlays. Run inside a D-Bus session
// with a keychain (bench/nowplaying.sh does).
//   bench_nowplaying [rounds]

#include "support/fakemprisplayer.h"
#include "support/spotifyconnection.h"

#include "media/mprissessions.h"
#include "nowplaying/nowplayingpoller.h"
#include "server/api/livefeed.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Stats {
    QList<double> samples;
    double percentile(double p) const
    {
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    void print(const char *what) const
    {
        std::printf("%-58s n=%lld  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n", what,
            static_cast<long long>(samples.size()), percentile(0.5), percentile(0.95), percentile(0.99),
            percentile(1.0));
    }
};

// Runs the event loop until `condition` holds, handling each event as it comes (QTest::qWaitFor
// sleeps 10 ms between checks, which would be measured too).
bool waitFor(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(10000);
    QTimer wakeUp;
    wakeUp.start(100);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::eventDispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QUrl feedUrl(quint16 port)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
}

Stats mprisToWebSocket(int rounds)
{
    SpotifyConnection live;
    live.app->followNowPlaying(std::make_unique<MprisSessions>(QDBusConnection::sessionBus()));
    FakeMprisPlayer spotify(QStringLiteral("spotify"), QStringLiteral("Spotify"));
    QWebSocket client;
    QElapsedTimer clock;
    QString expected;
    double arrived = -1;
    QObject::connect(&client, &QWebSocket::textMessageReceived, &client, [&](const QString &message) {
        if (!expected.isEmpty() && message.contains(expected))
            arrived = double(clock.nsecsElapsed()) / 1e6;
    });
    client.open(feedUrl(live.port()));
    waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; });
    Stats stats;
    for (int i = 0; i < rounds; ++i) {
        FakeMprisPlayer::Song song;
        song.title = QStringLiteral("Round %1 of the MPRIS benchmark").arg(i);
        song.artists = {QStringLiteral("Bench")};
        song.trackId = QStringLiteral("/com/spotify/track/%1").arg(i);
        expected = QStringLiteral("\"title\":\"%1\"").arg(song.title);
        arrived = -1;
        clock.start();
        spotify.play(song);
        if (!waitFor([&] { return arrived >= 0; }))
            qFatal("no /ws message for round %d", i);
        stats.samples << arrived;
    }
    return stats;
}

Stats pollToColour(int rounds)
{
    SpotifyConnection live;
    live.app->followNowPlaying(nullptr);
    if (!live.connectAccount())
        qFatal("cannot connect the fake Spotify");
    NowPlayingPoller &poller = *live.app->pipeline->poller(QStringLiteral("spotify"));
    QWebSocket client;
    QElapsedTimer clock;
    QString expected;
    double arrived = -1;
    QObject::connect(live.spotify.get(), &FakeSpotify::answered, &client, [&](const QByteArray &path) {
        if (path.endsWith("-64"))
            clock.start();
    });
    QString previousColor;
    QObject::connect(&client, &QWebSocket::textMessageReceived, &client, [&](const QString &message) {
        const QJsonObject infos = QJsonDocument::fromJson(message.toUtf8()).object();
        const QString title = infos.value(u"track"_s).toObject().value(u"title"_s).toString();
        const QString color = infos.value(u"color"_s).toString();
        // The track shows first in the previous colours; then its own arrive.
        if (!expected.isEmpty() && title == expected && color != previousColor && arrived < 0) {
            arrived = double(clock.nsecsElapsed()) / 1e6;
            previousColor = color;
        }
    });
    client.open(feedUrl(live.port()));
    waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; });
    Stats stats;
    for (int i = 0; i < rounds; ++i) {
        const QString id = QStringLiteral("bench%1").arg(i);
        // A cover never seen: a colour of its own, downloaded and analysed.
        live.spotify->setCoverColor(id, QColor::fromHsv((i * 37) % 360, 200, 200));
        expected = QStringLiteral("Poll round %1").arg(i);
        live.spotify->player().changeTrack(id, expected);
        arrived = -1;
        poller.checkNow();
        if (!waitFor([&] { return arrived >= 0; }))
            qFatal("no new colour for round %d", i);
        stats.samples << arrived;
    }
    return stats;
}

Stats pushToOverlays(int rounds, int clients)
{
    ServerFixture app;
    std::vector<std::unique_ptr<QWebSocket>> overlays;
    int received = 0;
    QElapsedTimer clock;
    for (int i = 0; i < clients; ++i) {
        overlays.push_back(std::make_unique<QWebSocket>());
        QObject::connect(overlays.back().get(), &QWebSocket::textMessageReceived, overlays.back().get(),
            [&received](const QString &) { ++received; });
        overlays.back()->open(feedUrl(app.port()));
    }
    waitFor([&] { return app.server->liveFeed().clientCount() == clients && received == clients; });
    Stats stats;
    for (int i = 0; i < rounds; ++i) {
        PlaybackState state;
        state.isPlaying = true;
        Track track;
        track.title = QStringLiteral("Push round %1").arg(i);
        track.artists = {QStringLiteral("Bench")};
        state.track = track;
        received = 0;
        clock.start();
        app.nowPlaying.setState(state);
        if (!waitFor([&] { return received == clients; }))
            qFatal("not every overlay got round %d", i);
        stats.samples << double(clock.nsecsElapsed()) / 1e6;
    }
    return stats;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 200;
    std::printf("melodyhue %s, %d rounds\n", MELODYHUE_VERSION, rounds);
    mprisToWebSocket(rounds).print("MPRIS track change -> /ws message");
    pollToColour(rounds / 2).print("poll: cover bytes answered -> new colour on /ws");
    pushToOverlays(rounds, 50).print("one change -> received by all of 50 /ws clients");
    return 0;
}

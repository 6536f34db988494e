// The sync of liked tracks against an in-process fake Spotify on loopback: the first sync of a
// large library (every page read and written to the SQLite library), a sync when nothing
// changed, one after a few new likes, and one after two unlikes deep in the list (the
// reconcile). Prints the time and the Web API requests of each. Run inside a D-Bus session
// with a keychain (bench/sync.sh does).
//   bench_sync [liked tracks]

#include "support/spotifyconnection.h"

#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString likedTracks = u"/v1/me/tracks"_s;

void timedSync(const char *what, SpotifyConnection &live)
{
    SyncEngine &engine = *live.app->sync;
    QSignalSpy finished(&engine, &SyncEngine::finished);
    const int before = live.spotify->requestsTo(likedTracks);
    QElapsedTimer clock;
    clock.start();
    engine.start();
    if (finished.isEmpty() && !finished.wait(600'000)) {
        std::printf("%s: did not end\n", what);
        return;
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const auto count = engine.library().likedCount(u"spotify"_s);
    std::printf("%-44s %9.1f ms  %4d requests  %6d liked in the library  %s\n", what, ms,
        live.spotify->requestsTo(likedTracks) - before, count ? count.value() : -1,
        qPrintable(engine.status().lastError));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const int likes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10'000;
    SpotifyConnection live;
    live.spotify->library().fill(likes);
    // A budget that lets the whole first sync run in one go.
    if (!live.app->settings->set(SettingKey::SpotifyDailyBudget, 5000) || !live.connectAccount()) {
        std::printf("could not connect the fake Spotify\n");
        return 1;
    }
    std::printf("%d liked tracks, 50 a page\n", likes);
    timedSync("first sync", live);
    timedSync("nothing new", live);
    for (int i = 0; i < 5; ++i) {
        FakeSpotifyLibrary::Track track = FakeSpotifyLibrary::generated(likes + i);
        track.addedAt = QDateTime::currentDateTimeUtc().addSecs(i);
        live.spotify->library().like(track);
    }
    timedSync("5 new likes", live);
    live.spotify->library().unlike(FakeSpotifyLibrary::generated(likes / 3).id);
    live.spotify->library().unlike(FakeSpotifyLibrary::generated(likes * 2 / 3).id);
    timedSync("2 unlikes deep in the list (reconcile)", live);
    return 0;
}

// A media player for benchmarks: "spotify" on the session bus (MPRIS), playing a track with a
// cover until it is stopped, so that MelodyHue serves a live state while it is measured.
//   bench_fakeplayer

#include "support/fakemprisplayer.h"

#include <QCoreApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    QImage cover(640, 640, QImage::Format_RGB32);
    cover.fill(QColor(0x1f, 0x4e, 0x79));
    const QString coverPath = folder.filePath(QStringLiteral("cover.jpg"));
    cover.save(coverPath, "JPEG", 85);
    FakeMprisPlayer player(QStringLiteral("spotify"), QStringLiteral("Spotify"));
    if (!player.isRegistered()) {
        std::fputs("bench_fakeplayer: no session bus\n", stderr);
        return 1;
    }
    FakeMprisPlayer::Song song;
    song.title = QStringLiteral("Benchmark Anthem");
    song.artists = {QStringLiteral("The Load Testers")};
    song.album = QStringLiteral("Requests per Second");
    song.artUrl = QUrl::fromLocalFile(coverPath).toString();
    song.lengthMicroseconds = 3'600'000'000LL;
    player.play(song);
    std::puts("playing");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

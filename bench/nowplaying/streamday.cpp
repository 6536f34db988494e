// An 8-hour stream from a phone (no media session on this computer), simulated on a test clock:
// tracks of 2½ to 4½ minutes (3 on average) play one after the other, now and then one is
// skipped after a minute, and MelodyHue asks Spotify's Web API when PollPlanner says, within the
// day's budget, each answer taking 80 to 400 ms. Reports the calls used against the budget and
// how late each track change showed, for streams that start at different hours of the day.
//   bench_streamday [budget] [hours]

#include "nowplaying/pollplanner.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

struct Track {
    milliseconds start;
    milliseconds length;
    bool skipped = false;
};

struct Outcome {
    int calls = 0;
    QList<qint64> endLateness; // ms after a track that ended
    QList<qint64> skipLateness; // ms after a skip
};

QList<Track> playlist(milliseconds span, QRandomGenerator &random)
{
    QList<Track> tracks;
    for (milliseconds at{0}; at < span;) {
        Track track{at, milliseconds(150'000 + random.bounded(120'000))};
        // One track in twelve is skipped after about a minute.
        if (random.bounded(12) == 0) {
            track.length = milliseconds(50'000 + random.bounded(20'000));
            track.skipped = true;
        }
        tracks.append(track);
        at += track.length;
    }
    return tracks;
}

Outcome simulate(int budget, milliseconds untilMidnight, milliseconds span, quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<Track> tracks = playlist(span, random);
    Outcome outcome;
    milliseconds now{0};
    qsizetype shown = -1;
    while (now < span) {
        // The answer describes the moment the request reached Spotify.
        const milliseconds latency(80 + random.bounded(320));
        const milliseconds asked = now + latency / 2;
        const auto playing = std::find_if(tracks.cbegin(), tracks.cend(),
            [asked](const Track &t) { return asked >= t.start && asked < t.start + t.length; });
        const qsizetype index = playing - tracks.cbegin();
        now += latency;
        ++outcome.calls;
        if (index != shown && index > 0 && index < tracks.size()) {
            const milliseconds late = now - tracks.at(index).start;
            (tracks.at(index - 1).skipped ? outcome.skipLateness : outcome.endLateness).append(late.count());
        }
        shown = index;

        PollPlanner::Situation situation;
        situation.playing = true;
        if (playing != tracks.cend()) {
            // What the answer said, moved on to now: the nominal length (a skip is a surprise).
            const milliseconds nominal = playing->skipped ? 180s : playing->length;
            const milliseconds progress = asked - playing->start + (now - asked);
            situation.remaining = std::max(0ms, nominal - progress);
            situation.length = nominal;
        }
        const int remaining = budget - outcome.calls;
        situation.budget = PollPlanner::Budget{remaining, untilMidnight - now, budget};
        if (remaining <= 0)
            break;
        now += PollPlanner::nextCheck(situation, 10s);
    }
    return outcome;
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(double(values.size() - 1) * p));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int budget = arguments.size() > 1 ? arguments.at(1).toInt() : 600;
    const int hours = arguments.size() > 2 ? arguments.at(2).toInt() : 8;
    const milliseconds span = std::chrono::hours(hours);
    std::printf("| stream starts at | calls (budget %d) | track ends seen, p50 / p95 / max | skips seen, p50 / p95 |\n",
        budget);
    std::printf("| --- | --- | --- | --- |\n");
    for (const int startHour : {0, 12, 16}) {
        const milliseconds untilMidnight = std::chrono::hours(24 - startHour);
        Outcome all;
        for (quint32 seed = 1; seed <= 20; ++seed) {
            const Outcome one = simulate(budget, untilMidnight, span, seed);
            all.calls = std::max(all.calls, one.calls);
            all.endLateness += one.endLateness;
            all.skipLateness += one.skipLateness;
        }
        std::printf("| %02d:00 | %d at most | %.1f / %.1f / %.1f s | %.0f / %.0f s |\n", startHour, all.calls,
            double(percentile(all.endLateness, 0.5)) / 1000.0, double(percentile(all.endLateness, 0.95)) / 1000.0,
            double(percentile(all.endLateness, 1.0)) / 1000.0, double(percentile(all.skipLateness, 0.5)) / 1000.0,
            double(percentile(all.skipLateness, 0.95)) / 1000.0);
    }
    return 0;
}

// When the Web API is asked what plays: at the check interval while music plays, at the end of
// each track, often just after a pause, rarely when idle; within a daily budget, what is left of
// it spread over what is left of the day, the ends of tracks first. Days are simulated on a test
// clock.

#include "nowplaying/pollplanner.h"

#include <QTest>

using namespace std::chrono_literals;
using PollPlanner::Budget;
using PollPlanner::Situation;
using std::chrono::milliseconds;

namespace {

Situation playing(std::optional<milliseconds> remaining, std::optional<milliseconds> length = std::nullopt,
    std::optional<Budget> budget = std::nullopt)
{
    Situation situation;
    situation.playing = true;
    situation.remaining = remaining;
    situation.length = length;
    situation.budget = budget;
    return situation;
}

Situation idleSince(milliseconds since, std::optional<Budget> budget = std::nullopt)
{
    Situation situation;
    situation.sinceActive = since;
    situation.budget = budget;
    return situation;
}

// A simulated stretch of continuous playback of tracks `trackLength` long, starting mid-track.
struct Playback {
    int calls = 0;
    // How long after each track's end the check that saw it came.
    QList<milliseconds> lateness;
};

Playback simulatePlaying(milliseconds span, milliseconds trackLength, std::chrono::seconds interval,
    std::optional<int> dailyBudget = std::nullopt, milliseconds untilNextDay = 24h)
{
    Playback result;
    milliseconds now{0};
    milliseconds position = trackLength / 3;
    while (now < span) {
        std::optional<Budget> budget;
        if (dailyBudget)
            budget = Budget{*dailyBudget - result.calls, untilNextDay - now, *dailyBudget};
        const milliseconds wait
            = PollPlanner::nextCheck(playing(trackLength - position, trackLength, budget), interval);
        now += wait;
        position += wait;
        if (position >= trackLength) {
            position -= trackLength;
            result.lateness.append(position);
        }
        ++result.calls;
    }
    return result;
}

int callsWhileIdle(
    milliseconds since, milliseconds span, std::chrono::seconds interval, std::optional<int> dailyBudget = std::nullopt)
{
    int calls = 0;
    for (milliseconds now{0}; now < span; ++calls) {
        std::optional<Budget> budget;
        if (dailyBudget)
            budget = Budget{*dailyBudget - calls, 24h - now, *dailyBudget};
        now += PollPlanner::nextCheck(idleSince(since + now, budget), interval);
    }
    return calls;
}

milliseconds percentile95(QList<milliseconds> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0ms : values.at(qsizetype(double(values.size() - 1) * 0.95));
}

} // namespace

class TestPollPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whilePlaying_checksAtTheInterval()
    {
        QCOMPARE(PollPlanner::nextCheck(playing(120s), 10s), milliseconds(10s));
        QCOMPARE(PollPlanner::nextCheck(playing(std::nullopt), 10s), milliseconds(10s));
    }

    void nearTheEndOfATrack_checksJustAfterIt()
    {
        QCOMPARE(PollPlanner::nextCheck(playing(4s), 10s), 4s + PollPlanner::endMargin);
        QCOMPARE(PollPlanner::nextCheck(playing(0s), 10s), PollPlanner::endMargin);
    }

    void afterAPause_checksOftenThenLessOften()
    {
        QCOMPARE(PollPlanner::nextCheck(idleSince(30s), 10s), milliseconds(10s));
        QCOMPARE(PollPlanner::nextCheck(idleSince(5min), 10s), milliseconds(PollPlanner::slowInterval));
        QCOMPARE(PollPlanner::nextCheck(idleSince(2h), 10s), milliseconds(PollPlanner::idleInterval));
        // A longer interval chosen by the user is never shortened.
        QCOMPARE(PollPlanner::nextCheck(idleSince(2h), 300s), milliseconds(300s));
    }

    void anHourOfMusic_withoutABudget()
    {
        const int calls = simulatePlaying(1h, 210s, 10s).calls;
        qInfo("an hour of 3.5-minute tracks at the 10 s check: %d calls", calls);
        QVERIFY2(calls <= 400, qPrintable(QString::number(calls)));
        QVERIFY(calls >= 360);
    }

    void anIdleHour_costsAtMostSixtyCalls()
    {
        const int calls = callsWhileIdle(PollPlanner::idleAfter, 1h, 10s);
        qInfo("an idle hour: %d calls", calls);
        QVERIFY2(calls <= 60, qPrintable(QString::number(calls)));
        // The first hour after a pause: often at first, then less.
        const int afterPause = callsWhileIdle(0ms, 1h, 10s);
        qInfo("the hour after a pause: %d calls", afterPause);
        QVERIFY2(afterPause <= 60 + 12 + 26, qPrintable(QString::number(afterPause)));
    }

    void anEightHourStream_ofTheDaysLastHours_staysWithinTheBudget_andSeesEveryTrackEnd()
    {
        // From 16:00 to midnight, 600 calls a day, none spent yet: the hardest day to plan.
        const Playback stream = simulatePlaying(8h, 180s, 10s, 600, 8h);
        qInfo("8 hours of 3-minute tracks with 600 calls left for 8 hours: %d calls, p95 %lld ms late", stream.calls,
            qint64(percentile95(stream.lateness).count()));
        QVERIFY2(stream.calls <= 600, qPrintable(QString::number(stream.calls)));
        QVERIFY(stream.lateness.size() >= 159);
        QVERIFY2(
            percentile95(stream.lateness) <= 3s, qPrintable(QString::number(percentile95(stream.lateness).count())));
        // Checks in between too, for a skipped track: more than one call a track.
        QVERIFY(stream.calls > stream.lateness.size() * 2);
    }

    void aStreamEarlyInTheDay_checksTheEndsOfTracks_andLittleElse()
    {
        const Playback stream = simulatePlaying(8h, 180s, 10s, 600, 24h);
        qInfo("8 hours of 3-minute tracks with 600 calls left for 24 hours: %d calls", stream.calls);
        QVERIFY2(stream.calls <= 600 * 8 / 24 + 10, qPrintable(QString::number(stream.calls)));
        QVERIFY2(
            percentile95(stream.lateness) <= 3s, qPrintable(QString::number(percentile95(stream.lateness).count())));
    }

    void shortTracks_cannotSpendTheBudgetBeforeTheDayEnds()
    {
        // 30-second tracks would need 2,880 end checks a day: checks are paced instead.
        const Playback day = simulatePlaying(24h - 1min, 30s, 10s, 600, 24h);
        QVERIFY2(day.calls <= 600, qPrintable(QString::number(day.calls)));
        QVERIFY2(day.calls >= 500, qPrintable(QString::number(day.calls)));
    }

    void anIdleDay_keepsMostOfTheBudgetForMusic()
    {
        const int calls = callsWhileIdle(PollPlanner::idleAfter, 24h - 1min, 10s, 600);
        qInfo("an idle day with a budget of 600: %d calls", calls);
        QVERIFY2(calls <= 160, qPrintable(QString::number(calls)));
    }

    void aSpentBudget_waitsForTheNextDay()
    {
        QCOMPARE(PollPlanner::nextCheck(playing(60s, 180s, Budget{0, 3h, 600}), 10s), 3h + PollPlanner::endMargin);
        QCOMPARE(PollPlanner::nextCheck(idleSince(0ms, Budget{0, 5min, 600}), 10s), 5min + PollPlanner::endMargin);
    }

    void aLargeBudget_changesNothing()
    {
        const Budget plenty{100'000, 12h, 100'000};
        QCOMPARE(PollPlanner::nextCheck(playing(120s, 200s, plenty), 10s), milliseconds(10s));
        QCOMPARE(PollPlanner::nextCheck(playing(4s, 200s, plenty), 10s), 4s + PollPlanner::endMargin);
        QCOMPARE(PollPlanner::nextCheck(idleSince(30s, plenty), 10s), milliseconds(10s));
    }
};

QTEST_GUILESS_MAIN(TestPollPlanner)
#include "tst_pollplanner.moc"

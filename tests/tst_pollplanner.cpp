// When the Web API is asked what plays: at the check interval while music plays, at the end of
// each track, often just after a pause, rarely when idle. An hour is simulated on a test clock.

#include "nowplaying/pollplanner.h"

#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

// Calls in `span` of continuous playback of tracks `trackLength` long, starting mid-track.
int callsWhilePlaying(milliseconds span, milliseconds trackLength, std::chrono::seconds interval)
{
    int calls = 0;
    milliseconds now{0};
    milliseconds position = trackLength / 3;
    while (now < span) {
        const PollPlanner::Situation situation{true, trackLength - position, 0ms};
        const milliseconds wait = PollPlanner::nextCheck(situation, interval);
        now += wait;
        position += wait;
        if (position >= trackLength)
            position -= trackLength;
        ++calls;
    }
    return calls;
}

int callsWhileIdle(milliseconds since, milliseconds span, std::chrono::seconds interval)
{
    int calls = 0;
    for (milliseconds now{0}; now < span; ++calls)
        now += PollPlanner::nextCheck({false, std::nullopt, since + now}, interval);
    return calls;
}

} // namespace

class TestPollPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whilePlaying_checksAtTheInterval()
    {
        QCOMPARE(PollPlanner::nextCheck({true, 120s, 0ms}, 10s), milliseconds(10s));
        QCOMPARE(PollPlanner::nextCheck({true, std::nullopt, 0ms}, 10s), milliseconds(10s));
    }

    void nearTheEndOfATrack_checksJustAfterIt()
    {
        QCOMPARE(PollPlanner::nextCheck({true, 4s, 0ms}, 10s), 4s + PollPlanner::endMargin);
        QCOMPARE(PollPlanner::nextCheck({true, 0s, 0ms}, 10s), PollPlanner::endMargin);
    }

    void afterAPause_checksOftenThenLessOften()
    {
        QCOMPARE(PollPlanner::nextCheck({false, std::nullopt, 30s}, 10s), milliseconds(10s));
        QCOMPARE(PollPlanner::nextCheck({false, std::nullopt, 5min}, 10s), milliseconds(PollPlanner::slowInterval));
        QCOMPARE(PollPlanner::nextCheck({false, std::nullopt, 2h}, 10s), milliseconds(PollPlanner::idleInterval));
        // A longer interval chosen by the user is never shortened.
        QCOMPARE(PollPlanner::nextCheck({false, std::nullopt, 2h}, 300s), milliseconds(300s));
    }

    void anHourOfMusic_staysWithinTheBudget()
    {
        const int calls = callsWhilePlaying(1h, 210s, 10s);
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
};

QTEST_GUILESS_MAIN(TestPollPlanner)
#include "tst_pollplanner.moc"

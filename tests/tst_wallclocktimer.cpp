// A timer for a moment on the wall clock: it fires at its delay as QTimer would, and also as
// soon as the wall clock has passed its moment, which a sleep of the computer (a monotonic clock
// standing still) would otherwise delay by as long as the sleep.

#include "util/wallclocktimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestWallClockTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itFires_afterItsDelay()
    {
        WallClockTimer timer;
        QSignalSpy fired(&timer, &WallClockTimer::timeout);
        timer.start(50ms);
        QVERIFY(timer.isActive());
        QVERIFY(fired.wait(2000));
        QCOMPARE(fired.size(), 1);
        QVERIFY(!timer.isActive());
    }

    void aSleepOfTheComputer_doesNotDelayIt()
    {
        // The wall clock jumps ahead by hours, as after a night asleep; the monotonic wait has
        // hardly begun.
        QDateTime now = QDateTime::currentDateTimeUtc();
        WallClockTimer timer(
            nullptr, [&now] { return now; }, 20ms);
        QSignalSpy fired(&timer, &WallClockTimer::timeout);
        timer.start(6h);
        QVERIFY(!fired.wait(100));
        now = now.addSecs(6 * 3600 + 1);
        QVERIFY(fired.wait(2000));
        QCOMPARE(fired.size(), 1);
        QVERIFY(!timer.isActive());
    }

    void stopping_cancelsIt()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        WallClockTimer timer(
            nullptr, [&now] { return now; }, 20ms);
        QSignalSpy fired(&timer, &WallClockTimer::timeout);
        timer.start(1h);
        timer.stop();
        now = now.addSecs(7200);
        QVERIFY(!fired.wait(200));
    }
};

QTEST_GUILESS_MAIN(TestWallClockTimer)
#include "tst_wallclocktimer.moc"

#include "util/wallclocktimer.h"

WallClockTimer::WallClockTimer(QObject *parent, Clock clock, std::chrono::milliseconds watchInterval)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: a moment set by a service's Retry-After would come
    // before the service accepts requests.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_watch.setInterval(watchInterval);
    connect(&m_timer, &QTimer::timeout, this, &WallClockTimer::fire);
    connect(&m_watch, &QTimer::timeout, this, &WallClockTimer::watch);
}

void WallClockTimer::start(std::chrono::milliseconds delay)
{
    m_deadline = m_clock().addMSecs(std::max<qint64>(0, delay.count()));
    m_timer.start(delay);
    // Short waits are left to QTimer alone.
    if (delay > m_watch.intervalAsDuration())
        m_watch.start();
    else
        m_watch.stop();
}

void WallClockTimer::stop()
{
    m_timer.stop();
    m_watch.stop();
    m_deadline = {};
}

void WallClockTimer::watch()
{
    if (m_deadline.isValid() && m_clock() >= m_deadline)
        fire();
}

void WallClockTimer::fire()
{
    stop();
    Q_EMIT timeout();
}

#include "sync/syncscheduler.h"

SyncScheduler::SyncScheduler(IsPlaying isPlaying, QObject *parent, Clock clock, std::chrono::milliseconds longestWait)
    : QObject(parent)
    , m_isPlaying(std::move(isPlaying))
    , m_clock(clock)
    , m_longestWait(longestWait)
    , m_timer(this, std::move(clock))
{
    connect(&m_timer, &WallClockTimer::timeout, this, &SyncScheduler::arrived);
}

void SyncScheduler::planAt(const QDateTime &when)
{
    m_waitingForSilence = false;
    m_next = when;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, m_clock().msecsTo(when))));
    Q_EMIT nextChanged();
}

void SyncScheduler::cancel()
{
    m_timer.stop();
    m_waitingForSilence = false;
    m_next = {};
    Q_EMIT nextChanged();
}

void SyncScheduler::playbackChanged()
{
    if (m_waitingForSilence && !m_isPlaying())
        fire();
}

void SyncScheduler::arrived()
{
    if (m_waitingForSilence || !m_isPlaying()) {
        // Silence came, or the music played for as long as a sync waits.
        fire();
        return;
    }
    m_waitingForSilence = true;
    m_timer.start(m_longestWait);
}

void SyncScheduler::fire()
{
    m_timer.stop();
    m_waitingForSilence = false;
    m_next = {};
    Q_EMIT nextChanged();
    Q_EMIT due();
}

#pragma once

#include "util/wallclocktimer.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

// When the next sync starts: at a moment on the wall clock (the interval after the last sync,
// or when a service lets requests through again), which survives the computer's sleep. A sync
// that falls due while music plays waits for the music to stop, for a while at most: the sync's
// requests then never compete with now playing's.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    using IsPlaying = std::function<bool()>;
    using Clock = std::function<QDateTime()>;

    explicit SyncScheduler(IsPlaying isPlaying, QObject *parent = nullptr, Clock clock = &QDateTime::currentDateTimeUtc,
        std::chrono::milliseconds longestWait = std::chrono::minutes(15));

    void planAt(const QDateTime &when);
    void cancel();
    // When the next sync is planned; invalid when none is.
    QDateTime next() const { return m_next; }
    // The music stopped or started: a sync waiting for silence may start.
    void playbackChanged();

Q_SIGNALS:
    void due();
    void nextChanged();

private:
    void arrived();
    void fire();

    IsPlaying m_isPlaying;
    Clock m_clock;
    std::chrono::milliseconds m_longestWait;
    WallClockTimer m_timer;
    QDateTime m_next;
    bool m_waitingForSilence = false;
};

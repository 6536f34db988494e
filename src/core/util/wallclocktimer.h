#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

// A single-shot timer for a moment on the wall clock. QTimer counts on a monotonic clock, which
// stands still while the computer sleeps: a check planned for 14:00 before a night's sleep would
// come hours after waking. This one also looks at the wall clock now and then, and fires as
// soon as the moment has passed; a frozen process (SIGSTOP) fires as soon as it runs again.
class WallClockTimer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    explicit WallClockTimer(QObject *parent = nullptr, Clock clock = &QDateTime::currentDateTimeUtc,
        std::chrono::milliseconds watchInterval = std::chrono::seconds(30));

    void start(std::chrono::milliseconds delay);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    QDateTime deadline() const { return m_deadline; }

Q_SIGNALS:
    void timeout();

private:
    void watch();
    void fire();

    Clock m_clock;
    QTimer m_timer;
    QTimer m_watch;
    QDateTime m_deadline;
};

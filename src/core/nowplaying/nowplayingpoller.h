#pragma once

#include "providers/remoteplayback.h"
#include "util/result.h"
#include "util/wallclocktimer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <QCoroTask>

#include <optional>

class ServiceAccount;
class Settings;

// Asks one account's Web API what plays, on the schedule of PollPlanner, within the account's
// request budget: not while disconnected, not while the operating system's media session
// already shows that service, and not before a rate limit ends. Errors keep the last answer.
class NowPlayingPoller : public QObject
{
    Q_OBJECT

public:
    NowPlayingPoller(ServiceAccount &account, const Settings &settings, QObject *parent = nullptr);

    ServiceAccount &account() const { return m_account; }
    // The last answer, with the time it was true; nullopt when there is none to trust.
    const std::optional<RemotePlayback> &playback() const { return m_playback; }
    QDateTime playbackAt() const { return m_playbackAt; }
    // Why the last check failed, as a sentence for Settings; empty when it did not.
    QString problem() const { return m_problem; }

    // The media session shows this service (the Spotify app runs here): no Web API call needed.
    void setCovered(bool covered);
    // Whether the user's player choice includes this service at all.
    void setWanted(bool wanted);
    bool isActive() const;
    // Asks at once (within the budget) instead of at the planned time.
    void checkNow();
    // When the next check is due, or an invalid time when none is planned.
    QDateTime nextCheckAt() const { return m_nextCheckAt; }

Q_SIGNALS:
    void playbackChanged();
    void problemChanged();

private:
    void reconsider();
    void schedule();
    void checkSoon();
    QCoro::Task<> check();
    void setProblem(const QString &problem);
    void forget();

    ServiceAccount &m_account;
    const Settings &m_settings;
    // Survives a sleep: a check planned for later comes when its moment has passed.
    WallClockTimer m_timer;
    std::optional<RemotePlayback> m_playback;
    QDateTime m_playbackAt;
    QDateTime m_activeAt;
    QDateTime m_nextCheckAt;
    QString m_problem;
    bool m_covered = false;
    bool m_wanted = true;
    bool m_checking = false;
    bool m_checkAgain = false;
    bool m_wasActive = false;
    // Of the last failed check; Failed after a good one.
    ErrorKind m_lastErrorKind = ErrorKind::Failed;
};

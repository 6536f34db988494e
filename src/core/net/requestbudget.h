#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

struct HttpResponse;

// The Web API requests of one account, shared by everything that calls that account's API
// (now playing, the liked-tracks sync): counted for the user to see, held within a daily budget
// the user sets (Spotify's quota is per developer account, and unpublished), and paused for
// everyone at once when the service says so (429 with Retry-After, Spotify's daily quota) or
// while it fails (5xx, no network), with a back-off that grows until it answers again. The day
// is the local calendar day: a spent budget resumes at midnight.
class RequestBudget : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static QDateTime systemClock() { return QDateTime::currentDateTimeUtc(); }

    enum class Pause {
        None,
        RateLimited, // a 429 asked to wait a little
        QuotaExceeded, // the service's quota is spent: hours, as it said
        Failing, // 5xx or no answer: back-off
        BudgetSpent, // the day's budget is used up: until midnight
    };
    Q_ENUM(Pause)

    // Now playing may use the whole day's budget; the sync leaves a quarter of it to now playing.
    enum class Purpose { NowPlaying, Sync };

    explicit RequestBudget(Clock clock = systemClock, QObject *parent = nullptr);

    // Whether a request for `purpose` may be sent now; if not, resumeAt() says when.
    bool mayRequest(Purpose purpose = Purpose::NowPlaying) const;
    QDateTime resumeAt(Purpose purpose = Purpose::NowPlaying) const;
    // Why now-playing requests wait, or None when they do not.
    Pause pause() const;

    // Requests a day; nullopt: no budget (only the service's own limits).
    void setDailyLimit(std::optional<int> limit);
    std::optional<int> dailyLimit() const { return m_dailyLimit; }
    // Requests sent today, and what is left of the budget for `purpose` (INT_MAX without one).
    int usedToday() const;
    int remainingToday(Purpose purpose = Purpose::NowPlaying) const;
    // The count read back after a restart.
    void restoreUsedToday(int requests);
    QDate today() const { return m_clock().toLocalTime().date(); }
    // The next local midnight, when the day's budget starts again.
    QDateTime nextDay() const;

    // A request leaves now.
    void recordSent();
    // How the service answered (status 0: no answer at all).
    void recordResponse(const HttpResponse &response);
    int sentInLast(std::chrono::seconds window) const;

    QDateTime now() const { return m_clock(); }

    static constexpr std::chrono::seconds defaultRetryAfter{30};
    // A 429 asking for longer than this is the quota, not a burst.
    static constexpr std::chrono::seconds quotaThreshold{600};
    static constexpr std::chrono::seconds quotaWithoutRetryAfter{3600};
    static constexpr std::chrono::seconds firstBackoff{5};
    // Short enough that a network that comes back is followed again within a minute.
    static constexpr std::chrono::seconds longestBackoff{60};
    // The share of the day's budget the sync may use.
    static constexpr int syncSharePercent = 75;

Q_SIGNALS:
    // A pause began or ended, or the counts moved.
    void changed();
    // A request was counted today (`usedToday()` requests in all), to be kept.
    void counted(QDate day, int requests);

private:
    void pauseFor(std::chrono::seconds wait, Pause reason);
    bool isPausedByService() const;
    int limitFor(Purpose purpose) const;

    Clock m_clock;
    std::deque<QDateTime> m_sent;
    QDateTime m_resumeAt;
    Pause m_reason = Pause::None;
    std::chrono::seconds m_backoff{0};
    std::optional<int> m_dailyLimit;
    QDate m_day;
    int m_usedOnDay = 0;
};

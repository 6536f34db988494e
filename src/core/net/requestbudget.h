#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>

struct HttpResponse;

// The Web API requests of one account, shared by everything that calls that account's API
// (now playing, the liked-tracks sync): counted for the user to see, and paused for everyone at
// once when the service says so (429 with Retry-After, Spotify's daily quota) or while it
// fails (5xx, no network), with a back-off that grows until it answers again.
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
    };
    Q_ENUM(Pause)

    explicit RequestBudget(Clock clock = systemClock, QObject *parent = nullptr);

    // Whether a request may be sent now; if not, resumeAt() says when.
    bool mayRequest() const;
    QDateTime resumeAt() const { return m_resumeAt; }
    // Why requests wait, or None when they do not.
    Pause pause() const;

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
    static constexpr std::chrono::seconds longestBackoff{300};

Q_SIGNALS:
    // A pause began or ended, or the counts moved.
    void changed();

private:
    void pauseFor(std::chrono::seconds wait, Pause reason);

    Clock m_clock;
    std::deque<QDateTime> m_sent;
    QDateTime m_resumeAt;
    Pause m_reason = Pause::None;
    std::chrono::seconds m_backoff{0};
};

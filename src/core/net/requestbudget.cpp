#include "net/requestbudget.h"

#include "net/httpclient.h"

#include <QTimeZone>

#include <climits>

using namespace std::chrono_literals;

RequestBudget::RequestBudget(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{ }

bool RequestBudget::isPausedByService() const
{
    return m_resumeAt.isValid() && m_clock() < m_resumeAt;
}

int RequestBudget::limitFor(Purpose purpose) const
{
    if (!m_dailyLimit)
        return INT_MAX;
    return purpose == Purpose::Sync ? *m_dailyLimit * syncSharePercent / 100 : *m_dailyLimit;
}

bool RequestBudget::mayRequest(Purpose purpose) const
{
    return !isPausedByService() && remainingToday(purpose) > 0;
}

QDateTime RequestBudget::resumeAt(Purpose purpose) const
{
    if (isPausedByService())
        return m_resumeAt;
    if (remainingToday(purpose) <= 0)
        return nextDay();
    return {};
}

RequestBudget::Pause RequestBudget::pause() const
{
    if (isPausedByService())
        return m_reason;
    return remainingToday() <= 0 ? Pause::BudgetSpent : Pause::None;
}

void RequestBudget::setDailyLimit(std::optional<int> limit)
{
    if (m_dailyLimit == limit)
        return;
    m_dailyLimit = limit;
    Q_EMIT changed();
}

int RequestBudget::usedToday() const
{
    return m_day == today() ? m_usedOnDay : 0;
}

int RequestBudget::remainingToday(Purpose purpose) const
{
    const int limit = limitFor(purpose);
    return limit == INT_MAX ? INT_MAX : std::max(0, limit - usedToday());
}

void RequestBudget::restoreUsedToday(int requests)
{
    m_day = today();
    m_usedOnDay = std::max(0, requests);
    Q_EMIT changed();
}

QDateTime RequestBudget::nextDay() const
{
    return QDateTime(today().addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
}

void RequestBudget::recordSent()
{
    constexpr qint64 secondsPerDay = qint64(24) * 3600;
    const QDateTime now = m_clock();
    m_sent.push_back(now);
    while (!m_sent.empty() && m_sent.front().secsTo(now) > secondsPerDay)
        m_sent.pop_front();
    const QDate day = today();
    m_usedOnDay = m_day == day ? m_usedOnDay + 1 : 1;
    m_day = day;
    Q_EMIT counted(day, m_usedOnDay);
    Q_EMIT changed();
}

void RequestBudget::recordResponse(const HttpResponse &response)
{
    if (response.status == 429) {
        // Spotify says QUOTA_EXCEEDED in the body when the app's daily quota is spent.
        const bool quota = response.body.contains("QUOTA_EXCEEDED") || response.retryAfter >= quotaThreshold;
        const auto wait = response.retryAfter > 0s ? response.retryAfter
            : quota                                ? quotaWithoutRetryAfter
                                                   : defaultRetryAfter;
        pauseFor(wait, quota ? Pause::QuotaExceeded : Pause::RateLimited);
        return;
    }
    if (response.status == 0 || response.status >= 500) {
        m_backoff = m_backoff == 0s ? firstBackoff : std::min(m_backoff * 2, longestBackoff);
        pauseFor(m_backoff, Pause::Failing);
        return;
    }
    const bool wasPaused = m_reason != Pause::None;
    m_backoff = 0s;
    m_reason = Pause::None;
    m_resumeAt = {};
    if (wasPaused)
        Q_EMIT changed();
}

void RequestBudget::pauseFor(std::chrono::seconds wait, Pause reason)
{
    const QDateTime until = m_clock().addSecs(wait.count());
    // A longer pause already asked for stays.
    if (!m_resumeAt.isValid() || until > m_resumeAt || m_clock() >= m_resumeAt) {
        m_resumeAt = until;
        m_reason = reason;
    }
    Q_EMIT changed();
}

int RequestBudget::sentInLast(std::chrono::seconds window) const
{
    const QDateTime since = m_clock().addSecs(-window.count());
    return int(std::count_if(m_sent.cbegin(), m_sent.cend(), [&since](const QDateTime &t) { return t > since; }));
}

#include "net/requestbudget.h"

#include "net/httpclient.h"

using namespace std::chrono_literals;

RequestBudget::RequestBudget(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{ }

bool RequestBudget::mayRequest() const
{
    return !m_resumeAt.isValid() || m_clock() >= m_resumeAt;
}

RequestBudget::Pause RequestBudget::pause() const
{
    return mayRequest() ? Pause::None : m_reason;
}

void RequestBudget::recordSent()
{
    constexpr qint64 secondsPerDay = qint64(24) * 3600;
    const QDateTime now = m_clock();
    m_sent.push_back(now);
    while (!m_sent.empty() && m_sent.front().secsTo(now) > secondsPerDay)
        m_sent.pop_front();
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

#include "nowplaying/nowplayingpoller.h"

#include "nowplaying/pollplanner.h"
#include "providers/serviceaccount.h"
#include "settings/settings.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcPoller, "melodyhue.poller")

NowPlayingPoller::NowPlayingPoller(ServiceAccount &account, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_settings(settings)
{
    connect(&m_timer, &WallClockTimer::timeout, this, [this] { QCoro::connect(check(), this, [] {}); });
    connect(&account, &ServiceAccount::changed, this, &NowPlayingPoller::reconsider);
    // A new budget (or a new day's) changes the pace of the checks planned.
    connect(&account.budget(), &RequestBudget::changed, this, [this] {
        if (m_timer.isActive())
            schedule();
    });
    connect(&settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::PollIntervalSeconds) && m_timer.isActive())
            schedule();
    });
    reconsider();
}

bool NowPlayingPoller::isActive() const
{
    return m_wanted && !m_covered && m_account.state() == ServiceAccount::State::Connected
        && !m_account.service().nowPlayingUrl().isEmpty();
}

void NowPlayingPoller::setCovered(bool covered)
{
    if (std::exchange(m_covered, covered) != covered)
        reconsider();
}

void NowPlayingPoller::setWanted(bool wanted)
{
    if (std::exchange(m_wanted, wanted) != wanted)
        reconsider();
}

void NowPlayingPoller::checkNow()
{
    if (!isActive())
        return;
    checkSoon();
}

void NowPlayingPoller::checkSoon()
{
    // Kept until the check starts: a pace planned again meanwhile (the budget or the settings
    // changed, an earlier check ended) does not postpone it.
    m_checkAgain = true;
    m_nextCheckAt = QDateTime::currentDateTimeUtc();
    m_timer.start(0ms);
}

void NowPlayingPoller::reconsider()
{
    const bool active = isActive();
    if (active == m_wasActive)
        return;
    m_wasActive = active;
    if (active) {
        // Just connected, or the media session stopped showing it: ask now.
        qCInfo(lcPoller) << m_account.id() << "following the Web API";
        m_activeAt = QDateTime::currentDateTimeUtc();
        checkSoon();
        return;
    }
    qCInfo(lcPoller) << m_account.id() << "not following the Web API";
    m_timer.stop();
    m_checkAgain = false;
    m_nextCheckAt = {};
    forget();
}

void NowPlayingPoller::forget()
{
    setProblem({});
    if (!m_playback)
        return;
    m_playback.reset();
    m_playbackAt = {};
    Q_EMIT playbackChanged();
}

void NowPlayingPoller::schedule()
{
    if (!isActive())
        return;
    if (std::exchange(m_checkAgain, false)) {
        m_timer.start(0ms);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PollPlanner::Situation situation;
    situation.playing = m_playback && m_playback->playing && m_playback->track;
    if (situation.playing && m_playback->track->durationMs > 0) {
        const qint64 progress = m_playback->track->progressMs + std::max<qint64>(0, m_playbackAt.msecsTo(now));
        situation.remaining = std::chrono::milliseconds(std::max<qint64>(0, m_playback->track->durationMs - progress));
        situation.length = std::chrono::milliseconds(m_playback->track->durationMs);
    }
    situation.sinceActive = std::chrono::milliseconds(m_activeAt.msecsTo(now));
    const RequestBudget &budget = m_account.budget();
    if (budget.dailyLimit()) {
        situation.budget = PollPlanner::Budget{budget.remainingToday(),
            std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(budget.nextDay()))), *budget.dailyLimit()};
    }
    const auto interval = std::chrono::seconds(m_settings.pollIntervalSeconds());
    auto delay = PollPlanner::nextCheck(situation, interval);
    // A refused request is not asked again and again.
    if (m_lastErrorKind == ErrorKind::Rejected)
        delay = std::max<std::chrono::milliseconds>(delay, PollPlanner::idleInterval);
    // No answer: asked again as soon as the back-off allows (at most a minute), not at the
    // budget's pace, so that a network that comes back is followed again within one check.
    if (m_lastErrorKind == ErrorKind::Network || m_lastErrorKind == ErrorKind::ServerFailure)
        delay = std::min<std::chrono::milliseconds>(delay, interval);
    if (!budget.mayRequest())
        delay = std::max<std::chrono::milliseconds>(
            delay, std::chrono::milliseconds(now.msecsTo(budget.resumeAt())) + 100ms);
    m_nextCheckAt = now.addMSecs(delay.count());
    m_timer.start(delay);
}

QCoro::Task<> NowPlayingPoller::check()
{
    if (!isActive())
        co_return;
    if (m_checking) {
        // Asked while a check runs: once more right after it.
        m_checkAgain = true;
        co_return;
    }
    m_checking = true;
    m_checkAgain = false;
    QPointer<NowPlayingPoller> self(this);
    const QUrl url = m_account.service().nowPlayingUrl();
    const auto response = co_await m_account.apiGet(url);
    if (!self)
        co_return;
    m_checking = false;
    if (!isActive())
        co_return;
    Result<RemotePlayback> playback
        = response ? m_account.service().readNowPlaying(response.value()) : response.error();
    if (!playback) {
        // The last answer stays: an overlay keeps showing what played.
        m_lastErrorKind = playback.error().kind;
        qCInfo(lcPoller).noquote() << m_account.id() << "check failed:" << playback.errorMessage();
        if (playback.error().kind != ErrorKind::Cancelled && playback.error().kind != ErrorKind::NotConnected)
            setProblem(playback.errorMessage());
        schedule();
        co_return;
    }
    m_lastErrorKind = ErrorKind::Failed;
    setProblem({});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (playback->playing)
        m_activeAt = now;
    m_playback = std::move(playback).value();
    m_playbackAt = now;
    Q_EMIT playbackChanged();
    schedule();
}

void NowPlayingPoller::setProblem(const QString &problem)
{
    if (std::exchange(m_problem, problem) != problem)
        Q_EMIT problemChanged();
}

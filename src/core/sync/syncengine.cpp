#include "sync/syncengine.h"

#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"
#include "sync/likedtracksreader.h"
#include "sync/syncscheduler.h"

#include <QLocale>
#include <QLoggingCategory>

#include <QCoroSignal>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSync, "melodyhue.sync")

namespace {

// After a failure (no network, a failing service), the next try comes sooner than the interval.
constexpr auto retryAfterFailure = 5min;
// A service just connected, or MelodyHue just started with a sync overdue: soon, not at once.
constexpr auto soonAfterStart = 1min;
constexpr auto soonAfterConnect = 5s;

QCoro::Task<Result<LikedPage>> fetchLikedPage(QPointer<ServiceAccount> account, int offset)
{
    if (!account)
        co_return Error{SyncEngine::tr("The account was removed during the sync."), ErrorKind::Cancelled};
    const QUrl url = account->service().likedTracksUrl(offset);
    const auto response = co_await account->apiGet(url, RequestBudget::Purpose::Sync);
    if (!account)
        co_return Error{SyncEngine::tr("The account was removed during the sync."), ErrorKind::Cancelled};
    if (!response)
        co_return response.error();
    co_return account->service().readLikedTracks(response.value());
}

qint64 seconds(std::chrono::seconds duration)
{
    return duration.count();
}

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

SyncEngine::SyncEngine(
    ServiceRegistry &services, Database &database, Settings &settings, IsPlaying isPlaying, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(settings)
    , m_library(database)
    , m_scheduler(new SyncScheduler(std::move(isPlaying), this))
{
    connect(m_scheduler, &SyncScheduler::due, this, &SyncEngine::start);
    connect(m_scheduler, &SyncScheduler::nextChanged, this, [this] {
        SyncStatus status = m_status;
        status.nextSync = m_scheduler->next();
        setStatus(std::move(status));
    });
    connect(&m_settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::SyncIntervalMinutes) && m_scheduling && !m_running && !isPaused())
            planNext();
    });
    for (ServiceAccount *account : m_services.accounts()) {
        connect(account, &ServiceAccount::changed, this, [this, account, was = account->state()]() mutable {
            const auto state = account->state();
            const bool connectedNow
                = state == ServiceAccount::State::Connected && was != ServiceAccount::State::Connected;
            was = state;
            refreshCounts();
            if (connectedNow && m_scheduling && !m_running && !isPaused())
                m_scheduler->planAt(QDateTime::currentDateTimeUtc().addSecs(seconds(soonAfterConnect)));
        });
    }
    SyncStatus status;
    for (ServiceAccount *account : syncedAccounts()) {
        const auto progress = m_library.progress(account->id());
        if (progress && progress->lastSync.isValid() && progress->lastSync > status.lastSync)
            status.lastSync = progress->lastSync;
    }
    status.state = isPaused() ? SyncStatus::State::Paused : SyncStatus::State::Idle;
    m_status = status;
    refreshCounts();
}

void SyncEngine::startScheduling()
{
    m_scheduling = true;
    if (!isPaused() && !m_running)
        planNext();
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::isPaused() const
{
    return m_settings.value(SettingKey::SyncPaused).toBool();
}

QList<ServiceAccount *> SyncEngine::syncedAccounts() const
{
    QList<ServiceAccount *> accounts;
    for (ServiceAccount *account : m_services.accounts()) {
        if (!account->service().likedTracksUrl(0).isEmpty())
            accounts.append(account);
    }
    return accounts;
}

void SyncEngine::start()
{
    if (m_quitting)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    QCoro::connect(run(), this, [] {});
}

Result<void> SyncEngine::pause()
{
    if (auto saved = m_settings.set(SettingKey::SyncPaused, true); !saved)
        return saved;
    m_stopRequested = m_running;
    m_again = false;
    m_scheduler->cancel();
    if (!m_running) {
        SyncStatus status = m_status;
        status.state = SyncStatus::State::Paused;
        setStatus(std::move(status));
    }
    qCInfo(lcSync) << "paused";
    return {};
}

Result<void> SyncEngine::resume()
{
    if (auto saved = m_settings.set(SettingKey::SyncPaused, false); !saved)
        return saved;
    qCInfo(lcSync) << "resumed";
    m_stopRequested = false;
    if (m_running)
        return {};
    SyncStatus status = m_status;
    status.state = SyncStatus::State::Idle;
    setStatus(std::move(status));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime due
        = m_status.lastSync.isValid() ? m_status.lastSync.addSecs(qint64(m_settings.syncIntervalMinutes()) * 60) : now;
    if (due <= now)
        start();
    else if (m_scheduling)
        m_scheduler->planAt(due);
    return {};
}

void SyncEngine::playbackChanged()
{
    m_scheduler->playbackChanged();
}

void SyncEngine::stop()
{
    m_quitting = true;
    m_stopRequested = m_running;
    m_scheduler->cancel();
}

QCoro::Task<> SyncEngine::run()
{
    QPointer<SyncEngine> self(this);
    m_running = true;
    m_stopRequested = false;
    m_scheduler->cancel();
    SyncStatus status = m_status;
    status.state = SyncStatus::State::Running;
    status.lastError.clear();
    status.notice.clear();
    status.resumesAt = {};
    status.added = 0;
    status.unliked = 0;
    setStatus(std::move(status));
    qCInfo(lcSync) << "sync started";

    // Nothing connected: nothing synced, and none to claim.
    bool readAny = false;
    for (ServiceAccount *account : syncedAccounts()) {
        if (account->state() != ServiceAccount::State::Connected)
            continue;
        if (account->budget().dailyLimit() == 0) {
            SyncStatus off = m_status;
            off.notice = tr("%1's daily requests are set to 0 in Settings → Music, so your liked tracks there are "
                            "not read.")
                             .arg(account->name());
            setStatus(std::move(off));
            continue;
        }
        const QPointer<ServiceAccount> guarded(account);
        readAny = true;
        const auto synced = co_await syncService(guarded);
        if (!self)
            co_return;
        if (!synced && guarded)
            failed(*guarded, synced.error());
        if (m_stopRequested)
            break;
    }

    m_running = false;
    SyncStatus ended = m_status;
    ended.step.clear();
    if (isPaused() || m_quitting)
        ended.state = SyncStatus::State::Paused;
    else if (!ended.lastError.isEmpty())
        ended.state = SyncStatus::State::Error;
    else if (ended.resumesAt.isValid())
        ended.state = SyncStatus::State::Waiting;
    else
        ended.state = SyncStatus::State::Idle;
    if (readAny && ended.lastError.isEmpty() && !ended.resumesAt.isValid() && !m_stopRequested)
        ended.lastSync = QDateTime::currentDateTimeUtc();
    setStatus(std::move(ended));
    refreshCounts();
    qCInfo(lcSync) << "sync ended:" << m_status.added << "added," << m_status.unliked << "unliked"
                   << (m_status.lastError.isEmpty() ? QString() : m_status.lastError);
    Q_EMIT finished(m_status.added, m_status.unliked, m_status.lastError);
    if (m_quitting)
        co_return;
    if (std::exchange(m_again, false)) {
        start();
        co_return;
    }
    if (m_scheduling && !isPaused())
        planNext();
}

QCoro::Task<Result<void>> SyncEngine::syncService(QPointer<ServiceAccount> account)
{
    QPointer<SyncEngine> self(this);
    const QString id = account->id();
    const QString name = account->name();
    LikedTracksReader reader(m_library, id, account->service().likedTracksPageSize(),
        [account](int offset) { return fetchLikedPage(account, offset); });
    reader.setStopCheck([this] { return m_stopRequested; });
    reader.setProgressReport([this, id, name](int done, int total) {
        SyncStatus status = m_status;
        // The library grows page by page.
        if (const auto count = m_library.likedCount(id))
            status.liked.insert(id, count.value());
        status.step = tr("Reading your liked tracks on %1").arg(name);
        status.done = done;
        status.total = total;
        setStatus(std::move(status));
    });
    SyncStatus status = m_status;
    status.step = tr("Reading your liked tracks on %1").arg(name);
    status.done = 0;
    status.total = 0;
    setStatus(std::move(status));

    const auto read = co_await reader.run();
    if (!self)
        co_return Error{QString(), ErrorKind::Cancelled};
    const auto &outcome = reader.outcome();
    qCInfo(lcSync) << id << "read:" << outcome.added << "added," << outcome.unliked << "unliked in" << outcome.requests
                   << "requests" << (outcome.stopped ? "(stopped)" : "");
    SyncStatus counted = m_status;
    counted.added += outcome.added;
    counted.unliked += outcome.unliked;
    setStatus(std::move(counted));
    if (!read)
        co_return read.error();
    if (!outcome.stopped) {
        auto progress = m_library.progress(id);
        if (progress) {
            SyncProgress done = progress.value();
            done.lastSync = QDateTime::currentDateTimeUtc();
            done.lastError.clear();
            if (auto saved = m_library.saveProgress(id, done); !saved)
                co_return saved.error();
        }
    }
    co_return Result<void>();
}

void SyncEngine::failed(ServiceAccount &account, const Error &error)
{
    SyncStatus status = m_status;
    const QString name = account.name();
    if (error.kind == ErrorKind::RateLimited) {
        status.resumesAt
            = error.resumeAt.isValid() ? error.resumeAt : account.budget().resumeAt(RequestBudget::Purpose::Sync);
        const auto progress = m_library.progress(account.id());
        if (account.budget().remainingToday(RequestBudget::Purpose::Sync) <= 0 && progress && !progress->complete) {
            const QLocale locale;
            status.notice = tr("%1 of %2 liked tracks read; the rest tomorrow to stay within %3's daily limit.")
                                .arg(locale.toString(progress->nextOffset), locale.toString(progress->total), name);
        } else if (account.budget().remainingToday(RequestBudget::Purpose::Sync) <= 0) {
            status.notice = tr("Today's share of %1's requests is used; the sync goes on tomorrow.").arg(name);
        } else if (account.budget().pause() == RequestBudget::Pause::Failing) {
            status.notice = tr("%1 was not answering a moment ago; the sync tries again at %2.")
                                .arg(name, timeText(status.resumesAt));
        } else {
            status.notice
                = tr("%1 asked MelodyHue to wait; the sync goes on at %2.").arg(name, timeText(status.resumesAt));
        }
        qCInfo(lcSync).noquote() << account.id() << "waits until" << status.resumesAt.toString(Qt::ISODate) << "-"
                                 << status.notice;
    } else if (error.kind != ErrorKind::Cancelled) {
        status.lastError = error.message;
        auto progress = m_library.progress(account.id());
        if (progress) {
            SyncProgress saved = progress.value();
            saved.lastError = error.message;
            if (!m_library.saveProgress(account.id(), saved))
                qCWarning(lcSync) << "could not record the sync's error";
        }
        qCInfo(lcSync).noquote() << account.id() << "sync failed:" << error.message;
    }
    setStatus(std::move(status));
}

void SyncEngine::planNext()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 interval = qint64(m_settings.syncIntervalMinutes()) * 60;
    QDateTime next;
    if (m_status.resumesAt.isValid())
        next = std::min(m_status.resumesAt, now.addSecs(interval));
    else if (!m_status.lastError.isEmpty())
        next = now.addSecs(std::min<qint64>(interval, seconds(retryAfterFailure)));
    else if (m_status.lastSync.isValid())
        next = std::max(m_status.lastSync.addSecs(interval), now.addSecs(seconds(soonAfterStart)));
    else
        next = now.addSecs(seconds(soonAfterStart));
    m_scheduler->planAt(next);
}

void SyncEngine::refreshCounts()
{
    SyncStatus status = m_status;
    status.liked.clear();
    for (ServiceAccount *account : syncedAccounts()) {
        const auto count = m_library.likedCount(account->id());
        if (count && (count.value() > 0 || account->state() == ServiceAccount::State::Connected))
            status.liked.insert(account->id(), count.value());
    }
    setStatus(std::move(status));
}

void SyncEngine::setStatus(SyncStatus status)
{
    if (status == m_status)
        return;
    m_status = std::move(status);
    Q_EMIT statusChanged();
}

#include "sync/syncengine.h"

#include "library/trackmatcher.h"
#include "platform/userfolder.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"
#include "sync/drivesync.h"
#include "sync/likedtracksreader.h"
#include "sync/syncscheduler.h"
#include "util/workerthread.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <QCoroSignal>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSync, "melodyhue.sync")

namespace {

// After a failure (no network, a failing service), the next try comes sooner than the interval.
constexpr auto retryAfterFailure = 5min;
// A service just connected, or MelodyHue just started with a sync overdue: soon, not at once.
constexpr auto soonAfterStart = 1min;
constexpr auto soonAfterConnect = 5s;
// How often drives are looked at (plugged in or out, free space).
constexpr auto driveWatchInterval = 4s;
// After a change in a music folder, this long without another before the new files are placed.
constexpr auto musicSettleTime = 10s;
// Folders of music watched for changes at most (inotify's watches are a shared resource).
constexpr int maximumWatchedFolders = 2000;
constexpr int maximumDrives = 20;

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

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
    , m_musicFiles(database)
    , m_drives(database)
    , m_scheduler(new SyncScheduler(std::move(isPlaying), this))
    , m_driveWatch(new QTimer(this))
    , m_musicWatch(new QFileSystemWatcher(this))
    , m_musicSettle(new QTimer(this))
{
    m_driveWatch->setInterval(driveWatchInterval);
    connect(m_driveWatch, &QTimer::timeout, this, &SyncEngine::watchDrives);
    m_musicSettle->setSingleShot(true);
    m_musicSettle->setInterval(musicSettleTime);
    connect(m_musicWatch, &QFileSystemWatcher::directoryChanged, m_musicSettle, qOverload<>(&QTimer::start));
    connect(m_musicSettle, &QTimer::timeout, this, [this] {
        if (m_scheduling && !isPaused())
            startDrives();
    });
    connect(m_scheduler, &SyncScheduler::due, this, &SyncEngine::start);
    connect(m_scheduler, &SyncScheduler::nextChanged, this, [this] {
        SyncStatus status = m_status;
        status.nextSync = m_scheduler->next();
        setStatus(std::move(status));
    });
    connect(&m_settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::SyncIntervalMinutes) && m_scheduling && !m_running && !isPaused())
            planNext();
        if (keys.contains(SettingKey::MusicFolders) && m_scheduling && !isPaused())
            startDrives();
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
    SyncStatus withDrives = m_status;
    withDrives.drives = readDrives();
    setStatus(std::move(withDrives));
}

void SyncEngine::startScheduling()
{
    m_scheduling = true;
    m_driveWatch->start();
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

void SyncEngine::startDrives()
{
    if (m_quitting)
        return;
    if (m_running) {
        m_drivesAgain = true;
        return;
    }
    m_drivesOnly = true;
    QCoro::connect(run(), this, [] {});
}

Result<void> SyncEngine::pause()
{
    if (auto saved = m_settings.set(SettingKey::SyncPaused, true); !saved)
        return saved;
    m_stopRequested = m_running;
    m_stopFlag->store(m_running);
    m_again = false;
    m_drivesAgain = false;
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
    m_stopFlag->store(true);
    m_scheduler->cancel();
    m_driveWatch->stop();
    m_musicSettle->stop();
}

QCoro::Task<> SyncEngine::run()
{
    QPointer<SyncEngine> self(this);
    m_running = true;
    m_stopRequested = false;
    m_stopFlag->store(false);
    const bool drivesOnly = std::exchange(m_drivesOnly, false);
    if (!drivesOnly)
        m_scheduler->cancel();
    SyncStatus status = m_status;
    status.state = SyncStatus::State::Running;
    status.lastError.clear();
    status.notice.clear();
    status.resumesAt = {};
    if (!drivesOnly) {
        status.added = 0;
        status.unliked = 0;
    }
    setStatus(std::move(status));
    qCInfo(lcSync) << (drivesOnly ? "placing files on the drives" : "sync started");

    // Nothing connected: nothing synced, and none to claim.
    bool readAny = false;
    const QList<ServiceAccount *> accounts = drivesOnly ? QList<ServiceAccount *>() : syncedAccounts();
    for (ServiceAccount *account : accounts) {
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
    if (!m_stopRequested) {
        co_await syncDrives();
        if (!self)
            co_return;
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
    if (!drivesOnly || m_status.failed > 0)
        Q_EMIT finished(m_status.added, m_status.unliked, m_status.lastError);
    if (m_quitting)
        co_return;
    if (std::exchange(m_again, false)) {
        m_drivesAgain = false;
        start();
        co_return;
    }
    if (std::exchange(m_drivesAgain, false)) {
        startDrives();
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
            status.notice = tr("Today’s share of %1's requests is used; the sync goes on tomorrow.").arg(name);
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
                qCWarning(lcSync) << "could not record the error of the sync";
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

QCoro::Task<> SyncEngine::syncDrives()
{
    QPointer<SyncEngine> self(this);
    const auto records = m_drives.drives();
    if (!records) {
        qCWarning(lcSync).noquote() << records.error().message;
        co_return;
    }
    const QStringList folders = m_settings.musicFolders();
    // Nowhere to copy to and nothing to look through: the music folders and drives were never set up.
    if (records->isEmpty() && folders.isEmpty() && m_status.drives.isEmpty() && m_status.musicFiles == 0)
        co_return;
    SyncStatus scanning = m_status;
    scanning.step = tr("Looking for new files in your music folders");
    scanning.done = 0;
    scanning.total = 0;
    setStatus(std::move(scanning));

    if (auto forgotten = m_musicFiles.keepOnlyInside(folders); !forgotten)
        qCWarning(lcSync).noquote() << forgotten.error().message;
    const auto known = m_musicFiles.stamps();
    QStringList excluded;
    for (const DriveRecord &drive : records.value())
        excluded.append(QDir::cleanPath(drive.path));
    auto walk = [folders, known = known ? known.value() : MusicScanner::Known(), excluded, stop = m_stopFlag] {
        return MusicScanner::scan(folders, known, excluded, stop.get());
    };
    const MusicScan scan = co_await onWorkerThread(std::move(walk));
    if (!self || m_stopRequested)
        co_return;
    if (auto applied = m_musicFiles.apply(scan); !applied)
        qCWarning(lcSync).noquote() << applied.error().message;
    qCInfo(lcSync) << "music folders:" << scan.changed.size() << "new or changed," << scan.gone.size() << "gone,"
                   << scan.unchanged << "unchanged," << scan.unreadable << "unreadable";
    watchMusic(scan.directories);

    const auto files = m_musicFiles.all();
    const TrackMatcher matcher(files ? files.value() : QList<AudioFile>());
    QList<LikedTrack> liked;
    QStringList services;
    for (ServiceAccount *account : syncedAccounts()) {
        services.append(account->id());
        if (auto tracks = m_library.liked(account->id()))
            liked.append(tracks.value());
    }
    SyncStatus matched = m_status;
    matched.musicFiles = files ? int(files->size()) : 0;
    matched.withAudio = int(std::count_if(
        liked.cbegin(), liked.cend(), [&](const LikedTrack &track) { return matcher.match(track) != nullptr; }));
    matched.withoutAudio = int(liked.size()) - matched.withAudio;
    matched.failed = 0;
    setStatus(std::move(matched));

    for (const DriveRecord &drive : records.value()) {
        if (m_stopRequested)
            break;
        const QString label = DriveState::read(drive).label;
        DriveSync sync(m_drives, matcher, FileNamer(m_settings.fileNameTemplate()));
        sync.setStopFlag(m_stopFlag);
        sync.setProgressReport([this, label](int done, int total) {
            SyncStatus status = m_status;
            status.step = tr("Copying your liked tracks to %1").arg(label);
            status.done = done;
            status.total = total;
            setStatus(std::move(status));
        });
        const DrivePass pass = co_await sync.run(drive, liked, services);
        if (!self)
            co_return;
        qCInfo(lcSync).noquote() << "drive" << drive.id << "copied" << pass.copied << "present" << pass.present
                                 << "no audio" << pass.missing << "failed" << pass.failed << "moved aside"
                                 << pass.movedAside << pass.problem;
        SyncStatus status = m_status;
        status.failed += pass.failed;
        status.drives = readDrives();
        for (DriveState &state : status.drives) {
            if (state.id == drive.id) {
                state.failed = pass.failed;
                state.problem = pass.problem;
            }
        }
        setStatus(std::move(status));
    }
}

Result<QList<LikedTrack>> SyncEngine::tracksWithoutAudio() const
{
    const auto files = m_musicFiles.all();
    if (!files)
        return files.error();
    const TrackMatcher matcher(files.value());
    QList<LikedTrack> missing;
    for (ServiceAccount *account : syncedAccounts()) {
        const auto liked = m_library.liked(account->id());
        if (!liked)
            return liked.error();
        for (const LikedTrack &track : liked.value()) {
            if (!matcher.match(track))
                missing.append(track);
        }
    }
    return missing;
}

QList<DriveState> SyncEngine::readDrives() const
{
    const auto records = m_drives.drives();
    if (!records)
        return m_status.drives;
    int liked = 0;
    for (const int count : m_status.liked)
        liked += count;
    QList<DriveState> states;
    for (const DriveRecord &drive : records.value()) {
        DriveState state = DriveState::read(drive);
        // Read every few seconds: counted, not loaded.
        const auto files = m_drives.fileCount(drive.id);
        state.present = files ? std::min(files.value(), liked) : 0;
        state.missing = liked - state.present;
        for (const DriveState &known : m_status.drives) {
            if (known.id == drive.id && known.mounted == state.mounted) {
                state.failed = known.failed;
                state.problem = known.problem;
            }
        }
        if (!state.mounted)
            state.problem = DriveTexts::notConnected(state.label);
        states.append(state);
    }
    return states;
}

void SyncEngine::watchDrives()
{
    const QList<DriveState> now = readDrives();
    bool returned = false;
    for (const DriveState &state : now) {
        for (const DriveState &before : std::as_const(m_status.drives)) {
            if (before.id == state.id && state.mounted && !before.mounted)
                returned = true;
        }
    }
    SyncStatus status = m_status;
    status.drives = now;
    setStatus(std::move(status));
    if (returned && !isPaused()) {
        qCInfo(lcSync) << "a drive is back: copying to it";
        startDrives();
    }
}

void SyncEngine::watchMusic(const QStringList &directories)
{
    const QStringList watched = m_musicWatch->directories();
    const QStringList wanted = directories.mid(0, maximumWatchedFolders);
    if (watched == wanted)
        return;
    if (!watched.isEmpty())
        m_musicWatch->removePaths(watched);
    if (!wanted.isEmpty())
        m_musicWatch->addPaths(wanted);
}

Result<DriveState> SyncEngine::addDrive(const QString &path)
{
    const QString label = tr("The drive’s folder");
    if (const QString problem = UserFolder::problem(path, label); !problem.isEmpty())
        return Error{problem, ErrorKind::InvalidInput};
    const QString clean = QDir::cleanPath(path);
    if (!QFileInfo(clean).isDir()) {
        return Error{
            tr("%1 does not exist: plug the drive in, or make the folder first.").arg(QDir::toNativeSeparators(clean)),
            ErrorKind::InvalidInput};
    }
    const auto records = m_drives.drives();
    if (!records)
        return records.error();
    for (const DriveRecord &drive : records.value()) {
        if (drive.path == clean)
            return Error{
                tr("%1 is already one of your drives.").arg(QDir::toNativeSeparators(clean)), ErrorKind::InvalidInput};
    }
    if (records->size() >= maximumDrives)
        return Error{
            tr("MelodyHue copies to %1 drives at most: remove one first.").arg(maximumDrives), ErrorKind::InvalidInput};
    for (const QString &folder : m_settings.musicFolders()) {
        if (isInside(clean, folder) || isInside(folder, clean)) {
            return Error{tr("%1 overlaps your music folder %2, and MelodyHue never writes into your music folders: "
                            "choose a folder elsewhere, such as on an external drive.")
                             .arg(QDir::toNativeSeparators(clean), QDir::toNativeSeparators(folder)),
                ErrorKind::InvalidInput};
        }
    }
    const auto added = m_drives.add(clean, DriveState::mountRootOf(clean));
    if (!added)
        return added.error();
    qCInfo(lcSync) << "drive" << added->id << "added";
    SyncStatus status = m_status;
    status.drives = readDrives();
    setStatus(std::move(status));
    if (!isPaused())
        startDrives();
    for (const DriveState &state : m_status.drives) {
        if (state.id == added->id)
            return state;
    }
    return DriveState::read(added.value());
}

Result<void> SyncEngine::removeDrive(qint64 id)
{
    const auto removed = m_drives.remove(id);
    if (!removed)
        return removed.error();
    if (!removed.value())
        return Error{tr("There is no such drive."), ErrorKind::NotFound};
    qCInfo(lcSync) << "drive" << id << "removed";
    SyncStatus status = m_status;
    status.drives = readDrives();
    setStatus(std::move(status));
    return {};
}

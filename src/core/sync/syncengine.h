#pragma once

#include "storage/drivestable.h"
#include "storage/likedtrackstable.h"
#include "storage/musicfilestable.h"
#include "sync/syncstatus.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <QCoroTask>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class ServiceAccount;
class ServiceRegistry;
class Settings;
class SyncScheduler;
class QFileSystemWatcher;
class QTimer;

// The sync of liked tracks: reads each connected service's liked tracks into the library
// (LikedTracksReader) within the share of the daily request budget left to it, on a schedule
// (every `sync_interval_minutes`, preferring moments when nothing plays), on Sync now, and
// never while the user paused it. A service that asks to wait, or a day's budget spent, makes
// the sync wait and go on by itself where it stopped.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using IsPlaying = std::function<bool()>;

    SyncEngine(ServiceRegistry &services, Database &database, Settings &settings, IsPlaying isPlaying,
        QObject *parent = nullptr);
    ~SyncEngine() override;

    // Syncs start by themselves from now on (the application; tests that start syncs themselves
    // go without).
    void startScheduling();

    const SyncStatus &status() const { return m_status; }
    bool isRunning() const { return m_running; }
    bool isPaused() const;

    // Sync now: starts at once unless a sync runs (paused or not: the user asked).
    void start();
    // Stops a running sync after the page it reads, and keeps syncs from starting by themselves.
    Result<void> pause();
    // Syncs start by themselves again; one that a pause stopped, or that fell due, starts now.
    Result<void> resume();
    // The music started or stopped (a due sync prefers silence).
    void playbackChanged();
    // MelodyHue is quitting: a running sync stops after the page it reads.
    void stop();

    LikedTracksTable &library() { return m_library; }

    // Destinations: a folder of the user's (usually on an external drive), refused when it is a
    // system folder, not a folder, already a destination or overlaps a music folder. Adding one
    // starts copying to it.
    Result<DriveState> addDrive(const QString &path);
    // Stops copying to it; the files on it stay.
    Result<void> removeDrive(qint64 id);
    // Liked tracks none of the music folders has the audio of, newest first.
    Result<QList<LikedTrack>> tracksWithoutAudio() const;

Q_SIGNALS:
    void statusChanged();
    // A sync ended: `added` new liked tracks, `unliked` gone, `error` empty when it succeeded.
    void finished(int added, int unliked, const QString &error);

private:
    QCoro::Task<> run();
    QCoro::Task<Result<void>> syncService(QPointer<ServiceAccount> account);
    QCoro::Task<> syncDrives();
    void startDrives();
    void watchDrives();
    void watchMusic(const QStringList &directories);
    QList<DriveState> readDrives() const;
    void failed(ServiceAccount &account, const Error &error);
    void planNext();
    void refreshCounts();
    void setStatus(SyncStatus status);
    QList<ServiceAccount *> syncedAccounts() const;

    ServiceRegistry &m_services;
    Settings &m_settings;
    LikedTracksTable m_library;
    MusicFilesTable m_musicFiles;
    DrivesTable m_drives;
    SyncScheduler *m_scheduler;
    // Drives plugged in or out, free space: read again every few seconds.
    QTimer *m_driveWatch;
    // The music folders: a change there places new files soon after.
    QFileSystemWatcher *m_musicWatch;
    QTimer *m_musicSettle;
    // Asked between files and chunks of a copy (on a worker thread).
    std::shared_ptr<std::atomic_bool> m_stopFlag = std::make_shared<std::atomic_bool>(false);
    SyncStatus m_status;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_quitting = false;
    bool m_scheduling = false;
    // A Sync now asked while a sync ran: another one follows it.
    bool m_again = false;
    // Only the music folders and drives (a drive came back, a folder changed): no service is
    // asked anything.
    bool m_drivesOnly = false;
    bool m_drivesAgain = false;
};

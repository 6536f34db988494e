#pragma once

#include "storage/likedtrackstable.h"
#include "sync/syncstatus.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <QCoroTask>

#include <functional>

class Database;
class ServiceAccount;
class ServiceRegistry;
class Settings;
class SyncScheduler;

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

Q_SIGNALS:
    void statusChanged();
    // A sync ended: `added` new liked tracks, `unliked` gone, `error` empty when it succeeded.
    void finished(int added, int unliked, const QString &error);

private:
    QCoro::Task<> run();
    QCoro::Task<Result<void>> syncService(QPointer<ServiceAccount> account);
    void failed(ServiceAccount &account, const Error &error);
    void planNext();
    void refreshCounts();
    void setStatus(SyncStatus status);
    QList<ServiceAccount *> syncedAccounts() const;

    ServiceRegistry &m_services;
    Settings &m_settings;
    LikedTracksTable m_library;
    SyncScheduler *m_scheduler;
    SyncStatus m_status;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_quitting = false;
    bool m_scheduling = false;
    // A Sync now asked while a sync ran: another one follows it.
    bool m_again = false;
};

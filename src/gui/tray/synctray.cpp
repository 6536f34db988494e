#include "gui/tray/synctray.h"

#include "gui/sync/syncsummary.h"
#include "gui/tray/trayicon.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QLocale>

SyncTray::SyncTray(SyncEngine &sync, TrayIcon &tray, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_tray(tray)
    , m_syncNow(new QAction(this))
    , m_pause(new QAction(this))
{
    m_tray.addActions({m_syncNow, m_pause});
    connect(m_syncNow, &QAction::triggered, this, [this] { m_sync.start(); });
    connect(m_pause, &QAction::triggered, this, [this] {
        const auto saved = m_sync.isPaused() ? m_sync.resume() : m_sync.pause();
        if (!saved)
            m_tray.notify(tr("The sync could not be paused or resumed"), saved.error().message);
    });
    connect(&m_sync, &SyncEngine::statusChanged, this, &SyncTray::refresh);
    connect(&m_sync, &SyncEngine::finished, this, &SyncTray::finished);
    connect(&m_tray, &TrayIcon::languageChanged, this, &SyncTray::refresh);
    refresh();
}

void SyncTray::refresh()
{
    const SyncStatus &status = m_sync.status();
    const bool running = status.state == SyncStatus::State::Running;
    m_syncNow->setText(running ? tr("Syncing liked tracks…") : tr("Sync liked tracks now"));
    // Nothing to sync before a music service is connected.
    const bool anything = !status.liked.isEmpty();
    m_syncNow->setEnabled(!running && anything);
    m_pause->setText(m_sync.isPaused() ? tr("Resume sync") : tr("Pause sync"));
    m_tray.setActivity(anything || status.state != SyncStatus::State::Idle ? SyncSummary::state(status) : QString());
}

void SyncTray::finished(int added, int unliked, const QString &error)
{
    if (!error.isEmpty()) {
        if (error != m_lastNotifiedError)
            m_tray.notify(tr("The sync of liked tracks failed"), error);
        m_lastNotifiedError = error;
        return;
    }
    // A drive that is full or in trouble: said once, until it is fine again.
    QString driveProblem;
    for (const DriveState &drive : m_sync.status().drives) {
        if (drive.mounted && drive.failed > 0 && !drive.problem.isEmpty()) {
            driveProblem = drive.problem;
            break;
        }
    }
    if (!driveProblem.isEmpty()) {
        if (driveProblem != m_lastNotifiedError)
            m_tray.notify(tr("Some liked tracks could not be copied"), driveProblem);
        m_lastNotifiedError = driveProblem;
        return;
    }
    m_lastNotifiedError.clear();
    if (added <= 0)
        return;
    const QLocale locale;
    QString message = tr("New liked tracks in your library: %1.").arg(locale.toString(added));
    if (unliked > 0)
        message += u' ' + tr("Unliked since the last sync: %1.").arg(locale.toString(unliked));
    m_tray.notify(tr("Liked tracks synced"), message);
}

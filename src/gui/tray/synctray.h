#pragma once

#include <QObject>

class QAction;
class SyncEngine;
class TrayIcon;

// The sync of liked tracks in the tray: Sync now and Pause / Resume sync in the menu, where
// the sync stands in the tooltip, and a notification when a sync brought new liked tracks or
// failed (once per failure, not every half hour).
class SyncTray : public QObject
{
    Q_OBJECT

public:
    SyncTray(SyncEngine &sync, TrayIcon &tray, QObject *parent = nullptr);

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *pauseAction() const { return m_pause; }

private:
    void refresh();
    void finished(int added, int unliked, const QString &error);

    SyncEngine &m_sync;
    TrayIcon &m_tray;
    QAction *m_syncNow;
    QAction *m_pause;
    QString m_lastNotifiedError;
};

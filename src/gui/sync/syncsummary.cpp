#include "gui/sync/syncsummary.h"

#include "sync/syncstatus.h"

#include <QLocale>

QString SyncSummary::when(const QDateTime &time)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    const QDate today = QDate::currentDate();
    QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return clock;
    if (local.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(clock);
    if (local.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(clock);
    return locale.toString(local, QLocale::ShortFormat);
}

QString SyncSummary::state(const SyncStatus &status)
{
    const QLocale locale;
    switch (status.state) {
    case SyncStatus::State::Running:
        if (status.step.isEmpty())
            return tr("Syncing…");
        if (status.total > 0)
            return tr("%1: %2 of %3")
                .arg(status.step, locale.toString(std::min(status.done, status.total)), locale.toString(status.total));
        return tr("%1…").arg(status.step);
    case SyncStatus::State::Paused:
        return tr("The sync is paused. Resume it to keep your liked tracks up to date.");
    case SyncStatus::State::Waiting:
        if (!status.notice.isEmpty())
            return status.notice;
        return tr("The sync waits and goes on by itself at %1.").arg(when(status.resumesAt));
    case SyncStatus::State::Error:
        return tr("The last sync failed: %1").arg(status.lastError);
    case SyncStatus::State::Idle:
        break;
    }
    if (!status.notice.isEmpty())
        return status.notice;
    if (status.lastSync.isValid())
        return tr("Up to date: synced at %1.").arg(when(status.lastSync));
    return tr("Not synced yet.");
}

QString SyncSummary::next(const SyncStatus &status)
{
    if (!status.nextSync.isValid() || status.state == SyncStatus::State::Running
        || status.state == SyncStatus::State::Paused)
        return {};
    return tr("Next sync at %1").arg(when(status.nextSync));
}

#pragma once

#include <QCoreApplication>
#include <QString>

struct SyncStatus;

// Where the sync of liked tracks stands, in words: one sentence for the Dashboard's card and the
// tray's tooltip, so both say the same thing.
class SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(SyncSummary)

public:
    // "Reading your liked tracks on Spotify: 150 of 1,234", "The sync is paused.", what a
    // waiting sync waits for, why the last one failed and what to do, or when it last ran.
    static QString state(const SyncStatus &status);
    // "Next sync at 14:32", or empty when none is planned.
    static QString next(const SyncStatus &status);
    // "14:32" today, "tomorrow at 00:00", or a short date and time.
    static QString when(const QDateTime &time);
};

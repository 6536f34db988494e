#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

// Start at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on
// macOS. The entry starts MelodyHue minimized, with the same data folder as now.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    Autostart(QString program, QStringList arguments);

    Result<void> setEnabled(bool enabled) const;
    bool isEnabled() const;
    // Where the entry lives (a file path, or the registry key on Windows).
    QString location() const;

private:
    QString m_program;
    QStringList m_arguments;
};

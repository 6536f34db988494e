#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <variant>

// The options of `melodyhue` (see README): parsed once, before anything starts.
struct LaunchOptions {
    bool headless = false;
    bool minimized = false;
    QString dataDir;
    std::optional<quint16> port;
    // When main() began, to log how long start-up took.
    std::chrono::steady_clock::time_point launchedAt = std::chrono::steady_clock::now();
};

// What `melodyhue` was asked to do: run, or print something and leave with a status.
struct LaunchExit {
    int status;
    QString output;
    bool toStderr = false;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when argv asks for no window (or only for --help/--version): decided before the
    // QApplication exists, so these work without a display.
    static bool needsNoDisplay(int argc, char **argv);
    static std::variant<LaunchOptions, LaunchExit> parse(const QStringList &arguments);
    static QString defaultDataDir();
};

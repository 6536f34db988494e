#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// The real `melodyhue` executable, started as a user would, for command-line and
// whole-application tests.
class AppProcess
{
public:
    AppProcess();
    ~AppProcess();

    static QString binary();

    void start(const QStringList &arguments);
    // Waits until the app prints where it serves; false if it exited or took too long.
    bool waitUntilServing(int timeoutMs = 20000);
    bool waitForExit(int timeoutMs = 20000);
    void stop();
    // SIGTERM, as a session logout sends, without waiting.
    void terminate() { m_process.terminate(); }
    // SIGKILL: no clean-up at all, as after a power cut or an out-of-memory kill.
    void crash();
    // SIGSTOP, then SIGCONT: the process stands still meanwhile, as in a debugger or a frozen
    // session, its clocks going on.
    void freeze();
    void thaw();

    quint16 port() const { return m_port; }
    int exitCode() const { return m_process.exitCode(); }
    bool exitedNormally() const { return m_process.exitStatus() == QProcess::NormalExit; }
    QString standardOutput();
    QString standardError();
    QProcessEnvironment &environment() { return m_environment; }

private:
    void collect();

    QProcess m_process;
    QProcessEnvironment m_environment;
    QString m_stdout;
    QString m_stderr;
    quint16 m_port = 0;
};

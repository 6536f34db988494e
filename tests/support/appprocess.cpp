#include "appprocess.h"

#include <QRegularExpression>
#include <QTest>

#include <csignal>

AppProcess::AppProcess()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    // Tests assert on the English sentences.
    m_environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

AppProcess::~AppProcess()
{
    stop();
}

QString AppProcess::binary()
{
    return QStringLiteral(MELODYHUE_BINARY);
}

void AppProcess::start(const QStringList &arguments)
{
    m_process.setProcessEnvironment(m_environment);
    m_process.start(binary(), arguments);
}

void AppProcess::collect()
{
    m_stdout += QString::fromLocal8Bit(m_process.readAllStandardOutput());
    m_stderr += QString::fromLocal8Bit(m_process.readAllStandardError());
}

bool AppProcess::waitUntilServing(int timeoutMs)
{
    // The sentence around the URL is translated; the URL is not.
    static const QRegularExpression serving(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    const bool found = QTest::qWaitFor(
        [&] {
            collect();
            match = serving.match(m_stdout);
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!found || !match.hasMatch())
        return false;
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

bool AppProcess::waitForExit(int timeoutMs)
{
    const bool exited = QTest::qWaitFor(
        [this] {
            collect();
            return m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    collect();
    return exited;
}

void AppProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!waitForExit(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void AppProcess::freeze()
{
    ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void AppProcess::thaw()
{
    ::kill(pid_t(m_process.processId()), SIGCONT);
}

void AppProcess::crash()
{
    m_process.kill();
    waitForExit();
}

QString AppProcess::standardOutput()
{
    collect();
    return m_stdout;
}

QString AppProcess::standardError()
{
    collect();
    return m_stderr;
}

#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Logs refused requests, at most `burst` lines per window, then one line that counts the rest:
// a web page that keeps sending refused requests must not fill the log.
class RefusalLog : public QObject
{
    Q_OBJECT

public:
    explicit RefusalLog(
        int burst = 20, std::chrono::milliseconds window = std::chrono::minutes(1), QObject *parent = nullptr);

    void record(int status, const QString &message);

private:
    void closeWindow();

    int m_burst;
    int m_logged = 0;
    int m_unlogged = 0;
    QTimer m_window;
};

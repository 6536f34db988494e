#pragma once

#include "app/application.h"

#include <QTemporaryDir>

#include <memory>

// The whole application in the test process, window and tray included, with a fresh data
// folder and a free port.
class AppFixture
{
public:
    explicit AppFixture(bool minimized = false, const QString &dataDir = {});
    ~AppFixture();

    Application &app() const { return *m_app; }
    quint16 port() const;
    QString dataDir() const { return m_dataDir; }
    bool started() const { return m_started; }

    // Saves a picture of a widget when MELODYHUE_SCREENSHOT_DIR is set, for people to look at.
    static void screenshot(QWidget *widget, const QString &name);

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<Application> m_app;
    bool m_started = false;
};

#include "appfixture.h"

#include "server/localserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

AppFixture::AppFixture(bool minimized, const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? m_dir.path() : dataDir)
{
    LaunchOptions options;
    options.dataDir = m_dataDir;
    options.port = 0;
    options.minimized = minimized;
    m_app = std::make_unique<Application>(options);
    m_started = !m_app->start().has_value();
}

AppFixture::~AppFixture() = default;

quint16 AppFixture::port() const
{
    return m_app->server().port();
}

void AppFixture::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MELODYHUE_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    // Let pending layouts settle so the picture shows what a user would see.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

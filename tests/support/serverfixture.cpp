#include "serverfixture.h"

#include "waitfortask.h"

#include <QCoroTask>
#include <QDir>

ServerFixture::ServerFixture(const ServerLimits &limits)
{
    auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("melodyhue.sqlite")));
    if (!opened)
        qFatal("ServerFixture: %s", qPrintable(opened.errorMessage()));
    database = std::move(opened).value();
    settings = std::make_unique<Settings>(*database);
    if (const auto loaded = waitForTask(apiKey.load()); !loaded)
        qFatal("ServerFixture: %s", qPrintable(loaded.errorMessage()));
    server = std::make_unique<LocalServer>(LocalServer::Services{*settings, nowPlaying, apiKey, profileId()}, limits);
    const auto listening = server->listen(0);
    if (!listening)
        qFatal("ServerFixture: %s", qPrintable(listening.errorMessage()));
}

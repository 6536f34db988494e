#include "serverfixture.h"

#include "waitfortask.h"

#include "app/musicservices.h"
#include "media/mediasessions.h"
#include "settings/profileid.h"

#include <QCoreApplication>
#include <QDir>

ServerFixture::ServerFixture(const ServerLimits &limits, const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? temporary.path() : dataDir)
{
    auto opened = Database::open(filePath(QStringLiteral("melodyhue.sqlite")));
    if (!opened)
        qFatal("ServerFixture: %s", qPrintable(opened.errorMessage()));
    database = std::move(opened).value();
    profileId = ProfileId::ensure(*database).value();
    settings = std::make_unique<Settings>(*database);
    overlays = std::make_unique<OverlayStore>(*database);
    secretStore = std::make_unique<SecretStore>(profileId);
    apiKey = std::make_unique<ApiKey>(*secretStore, QString::fromLatin1(apiKeyValue()));
    obs = std::make_unique<ObsLink>(*settings, *secretStore);
    outputs = std::make_unique<OutputFiles>(nowPlaying, *settings);
    const auto now = [this] { return clock.isValid() ? clock : QDateTime::currentDateTimeUtc(); };
    history = std::make_unique<PlayHistory>(nowPlaying, *database, *settings, now);
    obsSession = std::make_unique<ObsSession>(*obs, now);
    streamSessions = std::make_unique<StreamSessions>(*obsSession, *history, *database);
    if (const auto loaded = waitForTask(apiKey->load()); !loaded)
        qFatal("ServerFixture: %s", qPrintable(loaded.errorMessage()));
    services
        = std::make_unique<ServiceRegistry>(MusicServices::fromEnvironment(), *database, *secretStore, http, *settings);
    sync = std::make_unique<SyncEngine>(
        *services, *database, *settings, [this] { return nowPlaying.state().isPlaying; });
    server = std::make_unique<LocalServer>(LocalServer::Services{*settings, nowPlaying, *apiKey, *services, *overlays,
                                               *obs, *outputs, *sync, *history, *streamSessions, profileId},
        limits);
    const auto listening = server->listen(0);
    if (!listening)
        qFatal("ServerFixture: %s", qPrintable(listening.errorMessage()));
}

ServerFixture::~ServerFixture()
{
    obsSession->stop();
    http.cancelAll();
    QCoreApplication::sendPostedEvents();
}

NowPlayingPipeline &ServerFixture::followNowPlaying(std::unique_ptr<MediaSessions> sessions)
{
    pipeline = std::make_unique<NowPlayingPipeline>(NowPlayingPipeline::Parts{nowPlaying, *services, *database, http,
                                                        *settings, filePath(QStringLiteral("covers"))},
        std::move(sessions));
    return *pipeline;
}

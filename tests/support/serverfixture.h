#pragma once

#include "auth/apikey.h"
#include "history/playhistory.h"
#include "history/streamsessions.h"
#include "net/httpclient.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/nowplayingpipeline.h"
#include "nowplaying/outputfiles.h"
#include "obs/obslink.h"
#include "obs/obssession.h"
#include "overlays/overlaystore.h"
#include "providers/serviceregistry.h"
#include "secrets/secretstore.h"
#include "server/localserver.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "sync/syncengine.h"

#include <QTemporaryDir>

class MediaSessions;

#include <memory>

// A real LocalServer on 127.0.0.1 with a real database, ready for requests over loopback. By
// default its data folder is a new temporary one; give a folder to start again on the same
// data, as after a restart. The profile id comes from the folder, so keychain entries of two
// fixtures never mix. Its API key is fixed, as MELODYHUE_API_KEY would set it.
class ServerFixture
{
public:
    explicit ServerFixture(const ServerLimits &limits = {}, const QString &dataDir = {});
    // Ends requests in flight while what waits on them still exists, as the application does.
    ~ServerFixture();

    quint16 port() const { return server->port(); }
    QByteArray bearer() const { return "Bearer " + apiKeyValue(); }
    static QByteArray apiKeyValue() { return QByteArrayLiteral("test-key-4f1c0b9e7d2a6c58e3b1"); }
    QString dataDir() const { return m_dataDir; }
    QString filePath(const QString &name) const { return m_dataDir + u'/' + name; }

    QTemporaryDir temporary;
    std::unique_ptr<Database> database;
    QString profileId;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<OverlayStore> overlays;
    NowPlaying nowPlaying;
    std::unique_ptr<SecretStore> secretStore;
    std::unique_ptr<ApiKey> apiKey;
    std::unique_ptr<ObsLink> obs;
    std::unique_ptr<OutputFiles> outputs;
    // Its clock is the computer's, or `clock` when a test sets it.
    QDateTime clock;
    std::unique_ptr<PlayHistory> history;
    // Follows OBS once a test calls obsSession->start().
    std::unique_ptr<ObsSession> obsSession;
    std::unique_ptr<StreamSessions> streamSessions;
    HttpClient http;
    std::unique_ptr<ServiceRegistry> services;
    // The sync of liked tracks; it starts only when a test asks (startScheduling() is not called).
    std::unique_ptr<SyncEngine> sync;
    // Made by followNowPlaying(): the tests that need no live state go without.
    std::unique_ptr<NowPlayingPipeline> pipeline;
    std::unique_ptr<LocalServer> server;

    SecretStore &secrets() const { return *secretStore; }
    // Follows what plays as the application does: the media players on the test's session bus
    // (null: none) and the services' Web APIs.
    NowPlayingPipeline &followNowPlaying(std::unique_ptr<MediaSessions> sessions);

private:
    QString m_dataDir;
};

#pragma once

#include "auth/apikey.h"
#include "library/database.h"
#include "nowplaying/nowplaying.h"
#include "secrets/secretstore.h"
#include "server/localserver.h"
#include "settings/settings.h"

#include <QTemporaryDir>

#include <memory>

// A real LocalServer on 127.0.0.1 with a real database in a temporary folder, ready for
// requests over loopback. Its API key is fixed, as MELODYHUE_API_KEY would set it.
class ServerFixture
{
public:
    explicit ServerFixture(const ServerLimits &limits = {});

    quint16 port() const { return server->port(); }
    QByteArray bearer() const { return "Bearer " + apiKeyValue(); }
    static QByteArray apiKeyValue() { return QByteArrayLiteral("test-key-4f1c0b9e7d2a6c58e3b1"); }
    static QString profileId() { return QStringLiteral("abcdefgh2345"); }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<Settings> settings;
    NowPlaying nowPlaying;
    SecretStore secrets{profileId()};
    ApiKey apiKey{secrets, QString::fromLatin1(apiKeyValue())};
    std::unique_ptr<LocalServer> server;
};

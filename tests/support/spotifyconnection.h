#pragma once

#include "fakespotify.h"
#include "rawhttp.h"
#include "serverfixture.h"

#include <QJsonObject>
#include <QUrl>

#include <memory>

class ServiceAccount;

// A MelodyHue server and a fake Spotify that knows it, with the steps of connecting an account
// through the local API, as automation or the window would.
struct SpotifyConnection {
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // The fake Spotify first: MelodyHue reads its addresses from the environment when it starts.
    SpotifyConnection();

    ServiceAccount *account() const;
    quint16 port() const { return app->port(); }
    Headers key(Headers more = {}) const;
    RawResponse configure(const QByteArray &body) const;
    bool configureClient() const;
    QUrl authUrl() const;
    QJsonObject service() const;
    // Spotify's answer to the browser, replayed by hand.
    QUrl redirectFromSpotify(const QUrl &authUrl) const;
    QString storedRefreshToken() const;
    // Configures the client and signs in through the browser; true once connected.
    bool connectAccount() const;

    std::unique_ptr<FakeSpotify> spotify;
    std::unique_ptr<ServerFixture> app;
};

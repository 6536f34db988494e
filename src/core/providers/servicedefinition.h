#pragma once

#include "auth/oauthendpoints.h"
#include "util/result.h"

#include <QColor>
#include <QString>

#include <QCoroTask>

#include <functional>

class HttpClient;

// The account a service says the user signed in with.
struct AccountProfile {
    QString id;
    QString name;
};

// What MelodyHue knows about one music service: how to authorize, how to read the account.
struct ServiceDefinition {
    QString id; // "spotify": in URLs (/callback/spotify, /api/spotify/auth) and the keychain
    QString name; // "Spotify"
    QColor brand;
    // False until this version of MelodyHue can connect it.
    bool available = false;
    OAuthEndpoints endpoints;
    std::function<bool(const QString &clientId)> isValidClientId;
    std::function<QCoro::Task<Result<AccountProfile>>(HttpClient &http, QString accessToken)> fetchProfile;
};

// The services MelodyHue knows, in the order the Connect page shows them.
QList<ServiceDefinition> knownServices();

#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where a service authorizes users and hands out tokens, and what MelodyHue asks for.
struct OAuthEndpoints {
    // The service's name, for messages ("Spotify").
    QString serviceName;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QStringList scopes;
};

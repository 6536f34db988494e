#pragma once

#include <QStringList>
#include <QUrl>

// Where a service authorizes users and hands out tokens, and what MelodyHue asks for.
struct OAuthEndpoints {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QStringList scopes;
};

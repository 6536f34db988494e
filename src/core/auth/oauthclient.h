#pragma once

#include "auth/oauthendpoints.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <QCoroTask>

class HttpClient;

struct TokenSet {
    QString accessToken;
    // Empty when the service kept the previous refresh token.
    QString refreshToken;
    QDateTime expiresAt;
    QString scope;
};

// The token endpoint of an OAuth service: exchanging a code (with its PKCE verifier) and
// refreshing. invalid_grant is ErrorKind::Expired, a refused client ErrorKind::Rejected.
class OAuthClient
{
    Q_DECLARE_TR_FUNCTIONS(OAuthClient)

public:
    struct Client {
        QString id;
        QString secret; // optional: sent with HTTP Basic when set
    };

    static QCoro::Task<Result<TokenSet>> exchangeCode(
        HttpClient &http, OAuthEndpoints endpoints, Client client, QString code, QString redirectUri, QString verifier);
    static QCoro::Task<Result<TokenSet>> refresh(
        HttpClient &http, OAuthEndpoints endpoints, Client client, QString refreshToken);
};

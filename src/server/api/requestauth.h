#pragma once

#include "server/http/reply.h"

#include <QByteArrayList>
#include <QCoreApplication>

#include <optional>

class ApiKey;
struct HttpRequest;

// The checks every private route passes first: no foreign Origin (a web page in the user's
// browser must not drive the API) and the API key as a Bearer token, compared in constant time.
class RequestAuth
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuth)

public:
    explicit RequestAuth(const ApiKey &apiKey);

    void allowOriginsForPort(quint16 port);
    // Whether the request comes from another web site (its Origin or Sec-Fetch-Site says so).
    bool isFromOtherSite(const HttpRequest &request) const;
    // An error reply when the request may not reach a private route.
    std::optional<Reply> refusal(const HttpRequest &request) const;

private:
    const ApiKey &m_apiKey;
    QByteArrayList m_allowedOrigins;
};

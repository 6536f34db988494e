#pragma once

#include "auth/oauthendpoints.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <QUrl>

#include <variant>

#include <chrono>
#include <optional>

// One authorization the user started and has not finished in the browser yet.
struct PendingAuthorization {
    QString service;
    QString state;
    QString verifier;
    QString redirectUri;
    QString clientId;
    QDeadlineTimer expiry;
};

// The pending OAuth authorizations, one per service at most. Each has its own single-use
// `state`, bound to its service, and expires after ten minutes.
class AuthorizationFlows
{
public:
    static constexpr std::chrono::minutes defaultLifetime{10};
    void setLifetime(std::chrono::milliseconds lifetime) { m_lifetime = lifetime; }
    std::chrono::milliseconds lifetime() const { return m_lifetime; }

    // Starts (or restarts) the flow of `service` and returns the URL to open in the browser.
    QUrl begin(
        const QString &service, const OAuthEndpoints &endpoints, const QString &clientId, const QString &redirectUri);
    // An authorization URL of a flow that is never started (its state is nobody's): to ask the
    // service whether it knows the Client ID and the redirect URI.
    static QUrl probeUrl(const OAuthEndpoints &endpoints, const QString &clientId, const QString &redirectUri);

    enum class Refusal { NoFlow, Expired, WrongState };
    // The flow the callback belongs to, removed so its state cannot be used twice. A wrong
    // state leaves the real flow waiting.
    std::variant<PendingAuthorization, Refusal> take(const QString &service, const QString &state);

    bool isPending(const QString &service) const;
    void cancel(const QString &service);
    // Forgets expired flows and returns the services whose flow just expired.
    QStringList expire();

private:
    static QUrl authorizeUrl(const OAuthEndpoints &endpoints, const QString &clientId, const QString &redirectUri,
        const QString &challenge, const QString &state);

    QHash<QString, PendingAuthorization> m_flows;
    std::chrono::milliseconds m_lifetime = defaultLifetime;
};

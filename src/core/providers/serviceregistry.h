#pragma once

#include "auth/authorizationflows.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <QCoroTask>

#include <memory>
#include <vector>

class Database;
class HttpClient;
class MusicService;
class SecretStore;
class ServiceAccount;
class Settings;

// Where a browser that came back to /callback/<service> should go.
struct CallbackAnswer {
    enum class Kind { Page, Finishing };
    Kind kind = Kind::Page;
    int status = 200;
    bool succeeded = false;
    QString title;
    QString message;
    // For Finishing: the id of the outcome page the browser is sent to.
    QString outcomeId;
};

// The music service accounts and their OAuth authorizations: starting one (checking first that
// the service knows the Client ID and the redirect URI), answering the browser on
// /callback/<service>, and telling the window how it ended.
class ServiceRegistry : public QObject
{
    Q_OBJECT

public:
    // `services` in the order the Connect page shows them.
    // Daily budgets follow `settings`.
    ServiceRegistry(std::vector<std::unique_ptr<MusicService>> services, Database &database, SecretStore &secrets,
        HttpClient &http, const Settings &settings, QObject *parent = nullptr);
    ~ServiceRegistry() override;

    QList<ServiceAccount *> accounts() const;
    ServiceAccount *account(const QString &service) const;

    // The local server's address: redirect URIs follow its port.
    void setCallbackBase(const QUrl &serverBase);
    QString redirectUri(const QString &service) const;

    QCoro::Task<Result<QUrl>> startAuthorization(QString service);
    // Whether the service knows the account's Client ID and this redirect URI (one request to
    // its authorize page, which is not followed).
    QCoro::Task<Result<void>> checkAppRegistration(QString service);
    bool isAuthorizing(const QString &service) const { return m_flows.isPending(service); }
    void cancelAuthorization(const QString &service);
    // How long the browser has to come back (ten minutes; tests shorten it).
    void setAuthorizationLifetime(std::chrono::milliseconds lifetime);

    CallbackAnswer handleCallback(const QString &service, const QUrlQuery &query);
    // The page for `?outcome=<id>`, while that outcome is known.
    std::optional<CallbackAnswer> outcome(const QString &id) const;

Q_SIGNALS:
    void authorizationStarted(const QString &service);
    void authorizationFinished(const QString &service, bool succeeded, const QString &message);
    void servicesChanged();

private:
    QCoro::Task<Result<void>> askAuthorizePage(const MusicService &service, QUrl url, QString redirect);
    void finish(const QString &service, const QString &outcomeId, const Result<void> &result);
    void expireFlows();
    QString expiredMessage(const QString &service) const;
    static CallbackAnswer page(bool succeeded, int status, const QString &title, const QString &message);

    std::vector<std::unique_ptr<MusicService>> m_services;
    QList<ServiceAccount *> m_accounts;
    HttpClient &m_http;
    AuthorizationFlows m_flows;
    QTimer m_expiryTimer;
    QUrl m_callbackBase;
    // Outcome pages by id, oldest first; the oldest is forgotten when there are too many.
    QList<std::pair<QString, CallbackAnswer>> m_outcomes;
};

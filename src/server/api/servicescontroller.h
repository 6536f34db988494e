#pragma once

#include "server/http/reply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

#include <QCoroTask>

class ObsLink;
class RouteTable;
class ServiceAccount;
class ServiceRegistry;
struct ApiRequest;

// The music service routes for automation: GET /api/services, POST /api/config (credentials,
// and OBS's address and password), GET /api/{service}/auth (start an authorization) and
// DELETE /api/{service} (disconnect).
class ServicesController
{
    Q_DECLARE_TR_FUNCTIONS(ServicesController)

public:
    ServicesController(ServiceRegistry &registry, ObsLink &obs);
    void registerRoutes(RouteTable &routes) const;

    static QJsonObject describe(const ServiceAccount &account);
    static QJsonArray describeAll(const ServiceRegistry &registry);

private:
    // Answers that wait on the keychain or the network hold the registry weakly: MelodyHue
    // may be quitting when they resume.
    static QCoro::Task<Reply> configure(QPointer<ServiceRegistry> registry, QPointer<ObsLink> obs, ApiRequest request);
    static QCoro::Task<Reply> authorize(QPointer<ServiceRegistry> registry, ApiRequest request);
    static QCoro::Task<Reply> disconnect(QPointer<ServiceRegistry> registry, ApiRequest request);
    static QCoro::Task<Reply> checkConnection(QPointer<ServiceRegistry> registry, ApiRequest request);
    static std::variant<ServiceAccount *, Reply> availableAccount(ServiceRegistry &registry, const QString &service);

    ServiceRegistry &m_registry;
    ObsLink &m_obs;
};

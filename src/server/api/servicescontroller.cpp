#include "server/api/servicescontroller.h"

#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "server/api/errorreply.h"
#include "server/api/routetable.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;

namespace {

constexpr int maximumSecretLength = 512;

Reply gone()
{
    return Reply::error(503, ServicesController::tr("MelodyHue is shutting down."));
}

// The contract's names of the account states (DESIGN.md, GET /api/services).
QString stateName(ServiceAccount::State state)
{
    switch (state) {
    case ServiceAccount::State::Connected:
        return u"connected"_s;
    case ServiceAccount::State::ReconnectNeeded:
        return u"reconnect_needed"_s;
    case ServiceAccount::State::Unavailable:
        return u"unavailable"_s;
    case ServiceAccount::State::Disconnected:
        break;
    }
    return u"disconnected"_s;
}

} // namespace

ServicesController::ServicesController(ServiceRegistry &registry)
    : m_registry(registry)
{ }

QJsonObject ServicesController::describe(const ServiceAccount &account)
{
    return {
        {u"service"_s, account.id()},
        {u"state"_s, stateName(account.state())},
        {u"account"_s, account.accountName().isEmpty() ? QJsonValue::Null : QJsonValue(account.accountName())},
        {u"configured"_s, account.isConfigured()},
    };
}

QJsonArray ServicesController::describeAll(const ServiceRegistry &registry)
{
    QJsonArray services;
    for (const ServiceAccount *account : registry.accounts())
        services.append(describe(*account));
    return services;
}

std::variant<ServiceAccount *, Reply> ServicesController::availableAccount(
    ServiceRegistry &registry, const QString &service)
{
    ServiceAccount *account = registry.account(service);
    if (!account)
        return Reply::error(404, tr("There is no service named \"%1\".").arg(service));
    if (!account->service().isAvailable())
        return Reply::error(404, tr("MelodyHue cannot connect %1 yet.").arg(account->name()));
    return account;
}

void ServicesController::registerRoutes(RouteTable &routes) const
{
    const QPointer<ServiceRegistry> registry(&m_registry);
    routes.add(u"/api/services"_s, RouteTable::Access::Private,
        {RouteTable::now(Method::Get, [registry](const ApiRequest &) { return Reply::json(describeAll(*registry)); })});
    routes.add(u"/api/config"_s, RouteTable::Access::Private,
        {RouteTable::later(Method::Post, [registry](ApiRequest request) { return configure(registry, request); })});
    routes.add(u"/api/<arg>/auth"_s, RouteTable::Access::Private,
        {RouteTable::later(Method::Get, [registry](ApiRequest request) { return authorize(registry, request); })});
    routes.add(u"/api/<arg>"_s, RouteTable::Access::Private,
        {RouteTable::later(Method::Delete, [registry](ApiRequest request) { return disconnect(registry, request); })});
}

QCoro::Task<Reply> ServicesController::configure(QPointer<ServiceRegistry> registry, ApiRequest request)
{
    if (!request.body.isObject() || request.body.toObject().isEmpty()) {
        co_return Reply::error(400,
            tr("Send the credentials as JSON, e.g. {\"spotify\":{\"client_id\":\"…\","
               "\"client_secret\":\"…\"}}; the secret is optional."));
    }
    // Everything is checked before anything is saved: bad input changes nothing.
    struct Change {
        ServiceAccount *account;
        QString clientId;
        std::optional<QString> secret;
    };
    std::vector<Change> changes;
    const QJsonObject body = request.body.toObject();
    for (auto it = body.begin(); it != body.end(); ++it) {
        auto found = availableAccount(*registry, it.key());
        if (auto *refusal = std::get_if<Reply>(&found))
            co_return std::move(*refusal);
        ServiceAccount *account = std::get<ServiceAccount *>(found);
        const QJsonObject fields = it.value().toObject();
        const QJsonValue id = fields.value(u"client_id"_s);
        const QJsonValue secret = fields.value(u"client_secret"_s);
        if (!it.value().isObject() || !id.isString())
            co_return Reply::error(400, tr("%1 needs a \"client_id\" text.").arg(it.key()));
        const auto clientId = account->service().normalizeClientId(id.toString());
        if (!clientId)
            co_return errorReply(clientId.error());
        for (const QString &key : fields.keys()) {
            if (key != u"client_id"_s && key != u"client_secret"_s)
                co_return Reply::error(400, tr("%1 has no credential named \"%2\".").arg(it.key(), key));
        }
        if (!secret.isUndefined() && !secret.isNull()
            && (!secret.isString() || secret.toString().size() > maximumSecretLength)) {
            co_return Reply::error(
                400, tr("\"client_secret\" must be a text of at most %1 characters.").arg(maximumSecretLength));
        }
        changes.push_back(
            {account, clientId.value(), secret.isString() ? std::optional<QString>(secret.toString()) : std::nullopt});
    }
    for (const Change &change : changes) {
        const auto applied = co_await change.account->setCredentials(change.clientId, change.secret);
        if (!registry)
            co_return gone();
        if (!applied)
            co_return errorReply(applied.error());
    }
    co_return Reply::json(describeAll(*registry));
}

QCoro::Task<Reply> ServicesController::authorize(QPointer<ServiceRegistry> registry, ApiRequest request)
{
    auto found = availableAccount(*registry, request.argument);
    if (auto *refusal = std::get_if<Reply>(&found))
        co_return std::move(*refusal);
    const auto url = co_await registry->startAuthorization(request.argument);
    if (!registry)
        co_return gone();
    if (!url)
        co_return errorReply(url.error());
    co_return Reply::json(QJsonObject{{u"authUrl"_s, url->toString(QUrl::FullyEncoded)}});
}

QCoro::Task<Reply> ServicesController::disconnect(QPointer<ServiceRegistry> registry, ApiRequest request)
{
    auto found = availableAccount(*registry, request.argument);
    if (auto *refusal = std::get_if<Reply>(&found))
        co_return std::move(*refusal);
    ServiceAccount *account = std::get<ServiceAccount *>(found);
    const auto disconnected = co_await account->disconnect();
    if (!registry)
        co_return gone();
    if (!disconnected)
        co_return errorReply(disconnected.error());
    co_return Reply::json(describe(*account));
}

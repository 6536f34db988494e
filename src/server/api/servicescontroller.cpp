#include "server/api/servicescontroller.h"

#include "obs/obslink.h"
#include "providers/connectiondoctor.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "server/api/errorreply.h"
#include "server/api/jsonfields.h"
#include "server/api/routetable.h"

#include <QJsonArray>
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

// The contract's names of the problems (DESIGN.md, GET /api/services' problem_kind).
QJsonValue problemName(ServiceAccount::Problem problem)
{
    switch (problem) {
    case ServiceAccount::Problem::PremiumRequired:
        return u"premium_required"_s;
    case ServiceAccount::Problem::NotAllowlisted:
        return u"not_allowlisted"_s;
    case ServiceAccount::Problem::QuotaExceeded:
        return u"quota_exceeded"_s;
    case ServiceAccount::Problem::RateLimited:
        return u"rate_limited"_s;
    case ServiceAccount::Problem::BudgetSpent:
        return u"budget_spent"_s;
    case ServiceAccount::Problem::ReconnectNeeded:
        return u"reconnect_needed"_s;
    case ServiceAccount::Problem::Network:
        return u"network"_s;
    case ServiceAccount::Problem::None:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

ServicesController::ServicesController(ServiceRegistry &registry, ObsLink &obs)
    : m_registry(registry)
    , m_obs(obs)
{ }

QJsonObject ServicesController::describe(const ServiceAccount &account)
{
    const RequestBudget &budget = account.budget();
    const QDateTime end = account.authorizationEnd();
    return {
        {u"service"_s, account.id()},
        {u"state"_s, stateName(account.state())},
        {u"account"_s, textOrNull(account.accountName())},
        {u"configured"_s, account.isConfigured()},
        {u"requests_today"_s, budget.usedToday()},
        {u"daily_budget"_s, budget.dailyLimit() ? QJsonValue(*budget.dailyLimit()) : QJsonValue(QJsonValue::Null)},
        {u"reauthorize_by"_s,
            end.isValid() ? QJsonValue(end.toLocalTime().date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"problem"_s, textOrNull(account.problem())},
        {u"problem_kind"_s, problemName(account.problemKind())},
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
    QPointer<ObsLink> obs(&m_obs);
    routes.add(u"/api/config"_s, RouteTable::Access::Private,
        {RouteTable::later(
            Method::Post, [registry, obs](ApiRequest request) { return configure(registry, obs, request); })});
    routes.add(u"/api/<arg>/auth"_s, RouteTable::Access::Private,
        {RouteTable::later(Method::Get, [registry](ApiRequest request) { return authorize(registry, request); })});
    routes.add(u"/api/<arg>/check"_s, RouteTable::Access::Private,
        {RouteTable::later(
            Method::Post, [registry](ApiRequest request) { return checkConnection(registry, request); })});
    routes.add(u"/api/<arg>"_s, RouteTable::Access::Private,
        {RouteTable::later(Method::Delete, [registry](ApiRequest request) { return disconnect(registry, request); })});
}

QCoro::Task<Reply> ServicesController::configure(
    QPointer<ServiceRegistry> registry, QPointer<ObsLink> obs, ApiRequest request)
{
    if (!request.body.isObject() || request.body.toObject().isEmpty()) {
        co_return Reply::error(400,
            tr("Send the credentials as JSON, e.g. {\"spotify\":{\"client_id\":\"…\","
               "\"client_secret\":\"…\"}}; the secret is optional."));
    }
    // OBS: {"obs":{"url":"ws://…","password":"…"}}, either field optional.
    std::optional<QString> obsAddress;
    std::optional<QString> obsPassword;
    if (const QJsonValue obsFields = request.body.toObject().value(u"obs"_s); !obsFields.isUndefined()) {
        const QJsonObject fields = obsFields.toObject();
        if (!obsFields.isObject() || fields.isEmpty()) {
            co_return Reply::error(400, tr("\"obs\" takes {\"url\":\"ws://127.0.0.1:4455\",\"password\":\"…\"}."));
        }
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() != u"url"_s && it.key() != u"password"_s)
                co_return Reply::error(400, tr("obs has no setting named \"%1\"; use url and password.").arg(it.key()));
            if (!it.value().isString())
                co_return Reply::error(400, tr("obs.%1 must be a text.").arg(it.key()));
        }
        if (fields.contains(u"url"_s)) {
            const auto parsed = ObsLink::parseAddress(fields.value(u"url"_s).toString());
            if (!parsed)
                co_return errorReply(parsed.error());
            obsAddress = fields.value(u"url"_s).toString();
        }
        if (fields.contains(u"password"_s)) {
            obsPassword = fields.value(u"password"_s).toString();
            if (obsPassword->size() > ObsLink::maximumPasswordLength) {
                co_return Reply::error(
                    400, tr("obs.password must be at most %1 characters.").arg(ObsLink::maximumPasswordLength));
            }
        }
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
        if (it.key() == u"obs"_s)
            continue;
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
    if (obsAddress || obsPassword) {
        if (!obs)
            co_return gone();
        const auto applied = co_await obs->configure(obsAddress, obsPassword);
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

QCoro::Task<Reply> ServicesController::checkConnection(QPointer<ServiceRegistry> registry, ApiRequest request)
{
    auto found = availableAccount(*registry, request.argument);
    if (auto *refusal = std::get_if<Reply>(&found))
        co_return std::move(*refusal);
    const QList<ConnectionCheck> checks = co_await ConnectionDoctor::check(*registry, request.argument);
    if (!registry)
        co_return gone();
    QJsonArray lines;
    for (const ConnectionCheck &check : checks) {
        static const QStringList outcomes{u"good"_s, u"warning"_s, u"bad"_s, u"skipped"_s};
        lines.append(QJsonObject{
            {u"check"_s, check.id}, {u"outcome"_s, outcomes.value(int(check.outcome))}, {u"message"_s, check.message}});
    }
    ServiceAccount *account = std::get<ServiceAccount *>(found);
    co_return Reply::json(QJsonObject{{u"service"_s, describe(*account)}, {u"checks"_s, lines}});
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

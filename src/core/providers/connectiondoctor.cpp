#include "providers/connectiondoctor.h"

#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"

#include <QLocale>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;
using Outcome = ConnectionCheck::Outcome;

namespace {

QString shortDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

ConnectionCheck requestsToday(const ServiceAccount &account)
{
    const RequestBudget &budget = account.budget();
    if (!budget.dailyLimit()) {
        return {u"requests"_s, Outcome::Good,
            ConnectionDoctor::tr("%1 requests to %2's Web API in the last 24 hours.")
                .arg(budget.sentInLast(std::chrono::hours(24)))
                .arg(account.name())};
    }
    const int used = budget.usedToday();
    const int limit = *budget.dailyLimit();
    const QString counted = ConnectionDoctor::tr("%1 of the %2 requests a day you allow (Settings → Music) used today.")
                                .arg(used)
                                .arg(limit);
    if (budget.remainingToday() <= 0)
        return {
            u"requests"_s, Outcome::Warning, counted + u' ' + ConnectionDoctor::tr("MelodyHue asks again tomorrow.")};
    return {u"requests"_s, used * 10 >= limit * 9 ? Outcome::Warning : Outcome::Good, counted};
}

} // namespace

QCoro::Task<QList<ConnectionCheck>> ConnectionDoctor::check(ServiceRegistry &registry, QString service)
{
    QList<ConnectionCheck> checks;
    QPointer<ServiceRegistry> guard(&registry);
    ServiceAccount *account = registry.account(service);
    if (!account || !account->service().isAvailable()) {
        checks.append({u"client_id"_s, Outcome::Bad, tr("MelodyHue cannot connect \"%1\" yet.").arg(service)});
        co_return checks;
    }
    const QString name = account->name();
    if (!account->isConfigured()) {
        checks.append({u"client_id"_s, Outcome::Bad,
            tr("No Client ID yet: make your %1 app, then put its Client ID in Settings → Credentials.").arg(name)});
        co_return checks;
    }
    checks.append({u"client_id"_s, Outcome::Good, tr("Client ID %1.").arg(account->clientId())});

    const auto known = co_await registry.checkAppRegistration(service);
    if (!guard)
        co_return checks;
    checks.append(known ? ConnectionCheck{u"app"_s, Outcome::Good,
                      tr("%1 knows your app and its redirect URI %2.").arg(name, registry.redirectUri(service))}
                        : ConnectionCheck{u"app"_s, Outcome::Bad, known.errorMessage()});

    switch (account->state()) {
    case ServiceAccount::State::Connected: {
        const QDateTime end = account->authorizationEnd();
        const bool soon = account->authorizationEndingSoon().has_value();
        const QString connected = tr("Connected as %1.").arg(account->accountName());
        const QString renew = end.isValid()
            ? tr("%1 asks you to agree again every six months: reconnect before %2.").arg(name, shortDate(end))
            : QString();
        checks.append({u"authorization"_s, soon ? Outcome::Warning : Outcome::Good, connected + u' ' + renew});
        break;
    }
    case ServiceAccount::State::ReconnectNeeded:
        checks.append({u"authorization"_s, Outcome::Bad, account->problem()});
        co_return checks;
    default:
        checks.append({u"authorization"_s, Outcome::Bad,
            tr("Not connected: click Connect on the Connect page and agree in your browser.")});
        co_return checks;
    }

    const QUrl profile = account->service().profileUrl();
    if (profile.isEmpty() || !account->budget().mayRequest()) {
        checks.append({u"web_api"_s, Outcome::Skipped,
            profile.isEmpty() ? tr("Nothing to check on %1's Web API.").arg(name) : account->problem()});
    } else {
        const auto answer = co_await account->apiGet(profile);
        if (!guard)
            co_return checks;
        if (answer && answer->ok()) {
            checks.append({u"web_api"_s, Outcome::Good,
                tr("%1's Web API answers: your account is on your app’s list of users and the app’s owner has "
                   "Premium.")
                    .arg(name)});
        } else {
            checks.append({u"web_api"_s, Outcome::Bad,
                answer ? tr("%1's Web API answered with status %2.").arg(name).arg(answer->status)
                       : answer.errorMessage()});
        }
    }
    checks.append(requestsToday(*account));
    co_return checks;
}

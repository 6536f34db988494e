#include "providers/serviceregistry.h"

#include "net/httpclient.h"
#include "providers/musicservice.h"
#include "providers/serviceaccount.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcRegistry, "melodyhue.services")

namespace {

constexpr int maximumOutcomes = 16;

QString randomId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// An OAuth error code as the browser brought it back: anyone can put anything in that URL, and
// the code is shown in the window, in a notification and in the log. Codes are plain words
// (RFC 6749 §4.1.2.1: access_denied, invalid_scope, …); anything else is left out.
QString oauthErrorCode(const QString &error)
{
    QString code;
    static const QString punctuation = u"_-. "_s;
    for (const QChar c : error.left(64)) {
        if ((c.isLetterOrNumber() && c.unicode() < 0x80) || punctuation.contains(c))
            code += c;
    }
    return code.trimmed();
}

} // namespace

ServiceRegistry::ServiceRegistry(std::vector<std::unique_ptr<MusicService>> services, Database &database,
    SecretStore &secrets, HttpClient &http, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_http(http)
{
    for (const auto &service : m_services) {
        auto *account = new ServiceAccount(*service, database, secrets, http, this);
        connect(account, &ServiceAccount::changed, this, &ServiceRegistry::servicesChanged);
        m_accounts.append(account);
    }
    // Each service with a daily budget follows its setting, at once.
    const auto applyBudgets = [this, &settings] {
        for (ServiceAccount *account : std::as_const(m_accounts)) {
            if (const auto key = account->service().dailyBudgetSetting())
                account->setDailyBudget(settings.dailyBudget(*key));
        }
    };
    applyBudgets();
    connect(&settings, &Settings::changed, this, applyBudgets);
    m_expiryTimer.setInterval(5s);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ServiceRegistry::expireFlows);
}

ServiceRegistry::~ServiceRegistry() = default;

QList<ServiceAccount *> ServiceRegistry::accounts() const
{
    return m_accounts;
}

ServiceAccount *ServiceRegistry::account(const QString &service) const
{
    for (ServiceAccount *account : m_accounts) {
        if (account->id() == service)
            return account;
    }
    return nullptr;
}

void ServiceRegistry::setCallbackBase(const QUrl &serverBase)
{
    m_callbackBase = serverBase;
    Q_EMIT servicesChanged();
}

QString ServiceRegistry::redirectUri(const QString &service) const
{
    if (!m_callbackBase.isValid())
        return {};
    return m_callbackBase.toString() + u"/callback/"_s + service;
}

QCoro::Task<Result<QUrl>> ServiceRegistry::startAuthorization(QString service)
{
    ServiceAccount *account = this->account(service);
    if (!account || !account->service().isAvailable())
        co_return Error{tr("MelodyHue cannot connect \"%1\" yet.").arg(service), ErrorKind::NotFound};
    if (!account->isConfigured()) {
        co_return Error{
            tr("Add your %1 app’s Client ID in Settings first.").arg(account->name()), ErrorKind::NotConfigured};
    }
    if (!m_callbackBase.isValid())
        co_return Error{
            tr("The local server is not running, so the browser could not come back."), ErrorKind::Unavailable};

    const QString redirect = redirectUri(service);
    const QUrl url = m_flows.begin(service, account->service().endpoints(), account->clientId(), redirect);
    m_expiryTimer.start();

    // Ask the service first whether it knows this Client ID and redirect URI: when it does not,
    // its page would be a dead end in the browser, and MelodyHue can say what to fix.
    QPointer<ServiceRegistry> self(this);
    const auto known = co_await askAuthorizePage(account->service(), url, redirect);
    if (!self)
        co_return Error{tr("MelodyHue is shutting down."), ErrorKind::Cancelled};
    if (!known) {
        m_flows.cancel(service);
        co_return known.error();
    }
    Q_EMIT authorizationStarted(service);
    Q_EMIT servicesChanged();
    co_return url;
}

QCoro::Task<Result<void>> ServiceRegistry::checkAppRegistration(QString service)
{
    ServiceAccount *account = this->account(service);
    if (!account || !account->isConfigured() || !m_callbackBase.isValid())
        co_return Error{tr("Add your app’s Client ID in Settings first."), ErrorKind::NotConfigured};
    const QString redirect = redirectUri(service);
    const QUrl url = AuthorizationFlows::probeUrl(account->service().endpoints(), account->clientId(), redirect);
    co_return co_await askAuthorizePage(account->service(), url, redirect);
}

QCoro::Task<Result<void>> ServiceRegistry::askAuthorizePage(const MusicService &service, QUrl url, QString redirect)
{
    const HttpResponse check = co_await m_http.get(url);
    if (check.status == 0) {
        qCInfo(lcRegistry).noquote() << "authorization check failed:" << check.failure;
        co_return Error{tr("Cannot reach %1. Check your Internet connection, then try again.").arg(service.name()),
            ErrorKind::Network};
    }
    if (check.status == 429) {
        co_return Error{tr("%1 asks MelodyHue to wait before signing in again; try again in %2 minutes.")
                            .arg(service.name())
                            .arg(std::max<qint64>(1, (check.retryAfter.count() + 59) / 60)),
            ErrorKind::RateLimited, QDateTime::currentDateTimeUtc().addSecs(check.retryAfter.count())};
    }
    if (check.status >= 500) {
        co_return Error{
            tr("%1 has a problem of its own (status %2); try again later.").arg(service.name()).arg(check.status),
            ErrorKind::ServerFailure};
    }
    if (check.status >= 400)
        co_return service.authorizationRefusal(check, redirect);
    co_return Result<void>();
}

void ServiceRegistry::setAuthorizationLifetime(std::chrono::milliseconds lifetime)
{
    m_flows.setLifetime(lifetime);
    m_expiryTimer.setInterval(std::clamp<std::chrono::milliseconds>(lifetime / 4, 20ms, 5000ms));
}

void ServiceRegistry::cancelAuthorization(const QString &service)
{
    m_flows.cancel(service);
    Q_EMIT servicesChanged();
}

CallbackAnswer ServiceRegistry::page(bool succeeded, int status, const QString &title, const QString &message)
{
    CallbackAnswer answer;
    answer.kind = CallbackAnswer::Kind::Page;
    answer.status = status;
    answer.succeeded = succeeded;
    answer.title = title;
    answer.message = message;
    return answer;
}

CallbackAnswer ServiceRegistry::handleCallback(const QString &service, const QUrlQuery &query)
{
    ServiceAccount *account = this->account(service);
    const QString name = account ? account->name() : service;
    const auto taken = m_flows.take(service, query.queryItemValue(u"state"_s));
    if (const auto *refusal = std::get_if<AuthorizationFlows::Refusal>(&taken)) {
        switch (*refusal) {
        case AuthorizationFlows::Refusal::NoFlow:
            return page(false, 404, tr("No sign-in is waiting"),
                tr("MelodyHue is not waiting for %1 to answer. Start again from MelodyHue’s Connect page.").arg(name));
        case AuthorizationFlows::Refusal::Expired:
            Q_EMIT authorizationFinished(service, false, expiredMessage(service));
            Q_EMIT servicesChanged();
            return page(false, 410, tr("This sign-in has expired"),
                tr("It was started more than 10 minutes ago. Start again from MelodyHue’s Connect page."));
        case AuthorizationFlows::Refusal::WrongState:
            return page(false, 400, tr("This answer is not for MelodyHue"),
                tr("It does not match the sign-in MelodyHue started, so it was ignored. If you did start one, "
                   "start again from MelodyHue’s Connect page."));
        }
    }
    const PendingAuthorization flow = std::get<PendingAuthorization>(taken);
    Q_EMIT servicesChanged();

    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString message = error == u"access_denied"_s
            ? tr("You declined to let MelodyHue use your %1 account. Nothing was saved.").arg(name)
            : tr("%1 could not authorize MelodyHue (%2).").arg(name, oauthErrorCode(error));
        Q_EMIT authorizationFinished(service, false, message);
        return page(false, 200, tr("Not connected"), message);
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty() || !account) {
        const QString message = tr("%1 came back without an authorization code.").arg(name);
        Q_EMIT authorizationFinished(service, false, message);
        return page(false, 400, tr("Not connected"), message);
    }

    // The exchange takes a round trip: the browser is sent to a page that waits for it.
    const QString outcomeId = randomId();
    if (m_outcomes.size() >= maximumOutcomes)
        m_outcomes.removeFirst();
    CallbackAnswer finishing;
    finishing.kind = CallbackAnswer::Kind::Finishing;
    finishing.title = tr("Finishing…");
    finishing.message = tr("MelodyHue is completing the connection with %1.").arg(name);
    finishing.outcomeId = outcomeId;
    m_outcomes.append({outcomeId, finishing});
    QCoro::connect(account->completeAuthorization(flow, code), this,
        [this, service, outcomeId](const Result<void> &result) { finish(service, outcomeId, result); });
    return finishing;
}

void ServiceRegistry::finish(const QString &service, const QString &outcomeId, const Result<void> &result)
{
    const ServiceAccount *account = this->account(service);
    const QString name = account ? account->name() : service;
    const QString message = result ? tr("%1 connected successfully!").arg(name) : result.errorMessage();
    for (auto &[id, answer] : m_outcomes) {
        if (id == outcomeId) {
            answer = result ? page(true, 200, message, tr("You can close this tab and go back to MelodyHue."))
                            : page(false, 200, tr("Not connected"), message);
        }
    }
    Q_EMIT authorizationFinished(service, result.ok(), message);
    Q_EMIT servicesChanged();
}

std::optional<CallbackAnswer> ServiceRegistry::outcome(const QString &id) const
{
    for (const auto &[outcomeId, answer] : m_outcomes) {
        if (outcomeId == id)
            return answer;
    }
    return std::nullopt;
}

QString ServiceRegistry::expiredMessage(const QString &service) const
{
    const ServiceAccount *account = this->account(service);
    return tr("The %1 sign-in took more than 10 minutes and expired. Connect again when you are ready.")
        .arg(account ? account->name() : service);
}

void ServiceRegistry::expireFlows()
{
    const QStringList expired = m_flows.expire();
    for (const QString &service : expired)
        Q_EMIT authorizationFinished(service, false, expiredMessage(service));
    if (!expired.isEmpty())
        Q_EMIT servicesChanged();
}

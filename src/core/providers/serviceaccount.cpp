#include "providers/serviceaccount.h"

#include "net/httpclient.h"
#include "secrets/secretstore.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

#include <QCoroSignal>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAccount, "melodyhue.account")

namespace {

const QString refreshTokenEntry = u"refresh_token"_s;
const QString clientSecretEntry = u"client_secret"_s;
// An access token this close to its end is refreshed before use.
constexpr int refreshMarginSeconds = 60;

// What a coroutine returns when its account was destroyed while it waited.
Error gone()
{
    return Error{ServiceAccount::tr("MelodyHue is shutting down."), ErrorKind::Cancelled};
}

} // namespace

ServiceAccount::ServiceAccount(
    const MusicService &service, Database &database, SecretStore &secrets, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_table(database)
    , m_secrets(secrets)
    , m_http(http)
    , m_usage(database)
{
    auto record = m_table.read(m_service.id());
    if (record) {
        m_record = std::move(record).value();
    } else {
        // Shown as not set up; saving again once the database reads replaces the row.
        qCWarning(lcAccount).noquote() << record.errorMessage();
        m_record.service = m_service.id();
    }
    // Today's requests so far: a restart does not give the day's budget back.
    if (const auto used = m_usage.requestsOn(m_service.id(), m_budget.today()); used)
        m_budget.restoreUsedToday(used.value());
    connect(&m_budget, &RequestBudget::counted, this, [this](QDate day, int requests) {
        if (const auto written = m_usage.write(m_service.id(), day, requests); !written)
            qCWarning(lcAccount).noquote() << written.errorMessage();
    });
    connect(&m_budget, &RequestBudget::changed, this, &ServiceAccount::problemChanged);
    connect(this, &ServiceAccount::changed, this, &ServiceAccount::problemChanged);
}

ServiceAccount::State ServiceAccount::state() const
{
    if (!m_service.isAvailable())
        return State::Unavailable;
    switch (m_record.connection) {
    case AccountRecord::Connection::Connected:
        return State::Connected;
    case AccountRecord::Connection::ReconnectNeeded:
        return State::ReconnectNeeded;
    case AccountRecord::Connection::Disconnected:
        break;
    }
    return State::Disconnected;
}

QDateTime ServiceAccount::authorizationEnd() const
{
    if (state() != State::Connected || !m_record.authorizedAt.isValid())
        return {};
    return m_record.authorizedAt.addMonths(authorizationLifetimeMonths);
}

std::optional<QDateTime> ServiceAccount::authorizationEndingSoon() const
{
    const QDateTime end = authorizationEnd();
    if (!end.isValid() || QDateTime::currentDateTimeUtc().daysTo(end) > authorizationWarningDays)
        return std::nullopt;
    return end;
}

void ServiceAccount::setDailyBudget(std::optional<int> requests)
{
    m_budget.setDailyLimit(requests);
}

ServiceAccount::Problem ServiceAccount::problemKind() const
{
    if (state() == State::ReconnectNeeded)
        return Problem::ReconnectNeeded;
    if (state() != State::Connected)
        return Problem::None;
    if (m_refusal) {
        switch (m_refusal->kind) {
        case ServiceRefusal::Kind::PremiumRequired:
            return Problem::PremiumRequired;
        case ServiceRefusal::Kind::NotAllowlisted:
            return Problem::NotAllowlisted;
        case ServiceRefusal::Kind::Other:
            break;
        }
    }
    switch (m_budget.pause()) {
    case RequestBudget::Pause::BudgetSpent:
        return Problem::BudgetSpent;
    case RequestBudget::Pause::QuotaExceeded:
        return Problem::QuotaExceeded;
    case RequestBudget::Pause::RateLimited:
        return Problem::RateLimited;
    case RequestBudget::Pause::Failing:
        return Problem::Network;
    case RequestBudget::Pause::None:
        break;
    }
    return m_unreachable ? Problem::Network : Problem::None;
}

QString ServiceAccount::problem() const
{
    const QString resume = QLocale().toString(m_budget.resumeAt().toLocalTime().time(), QLocale::ShortFormat);
    switch (problemKind()) {
    case Problem::None:
        return m_refusal ? m_refusal->message : QString();
    case Problem::PremiumRequired:
    case Problem::NotAllowlisted:
        return m_refusal->message;
    case Problem::BudgetSpent:
        return m_budget.dailyLimit().value_or(0) == 0
            ? tr("MelodyHue does not ask %1's Web API: its daily requests are set to 0 in Settings → Music.")
                  .arg(m_service.name())
            : tr("MelodyHue has made the %1 requests a day you allow %2 (Settings → Music); it asks again "
                 "tomorrow. The app on this computer is still followed.")
                  .arg(m_budget.dailyLimit().value_or(0))
                  .arg(m_service.name());
    case Problem::QuotaExceeded:
        return tr("%1 has paused your app’s requests (its daily quota is spent); they resume at %2. The app on "
                  "this computer is still followed.")
            .arg(m_service.name(), resume);
    case Problem::RateLimited:
        return tr("%1 asks MelodyHue to wait; requests resume at %2.").arg(m_service.name(), resume);
    case Problem::ReconnectNeeded:
        return tr("%1 no longer accepts MelodyHue’s authorization (it ends six months after you agreed); "
                  "reconnect on the Connect page.")
            .arg(m_service.name());
    case Problem::Network:
        return tr("Cannot reach %1 — check your connection; MelodyHue tries again by itself.").arg(m_service.name());
    }
    return {};
}

void ServiceAccount::noteOutcome(std::optional<ServiceRefusal> refusal, bool unreachable)
{
    const bool same = m_unreachable == unreachable && m_refusal.has_value() == refusal.has_value()
        && (!refusal || (m_refusal->kind == refusal->kind && m_refusal->message == refusal->message));
    m_refusal = std::move(refusal);
    m_unreachable = unreachable;
    if (!same)
        Q_EMIT problemChanged();
}

Result<void> ServiceAccount::save()
{
    auto saved = m_table.write(m_record);
    Q_EMIT changed();
    return saved;
}

void ServiceAccount::forgetTokens()
{
    m_refreshToken.clear();
    m_accessToken.clear();
    m_accessExpiresAt = {};
    m_refusal.reset();
    m_unreachable = false;
}

QCoro::Task<Result<void>> ServiceAccount::setCredentials(QString clientId, std::optional<QString> clientSecret)
{
    auto normalized = m_service.normalizeClientId(clientId);
    if (!normalized)
        co_return normalized.error();
    clientId = normalized.value();
    QPointer<ServiceAccount> self(this);
    if (clientSecret) {
        const QString secret = clientSecret->trimmed();
        const QString key = entry(clientSecretEntry);
        Result<void> stored;
        if (secret.isEmpty())
            stored = co_await m_secrets.remove(key);
        else
            stored = co_await m_secrets.write(key, secret);
        if (!self)
            co_return gone();
        if (!stored)
            co_return stored.error();
        m_record.hasClientSecret = !secret.isEmpty();
    }
    if (clientId != m_record.clientId && state() != State::Disconnected) {
        // Tokens were issued to the previous app.
        const auto forgotten = co_await forgetAuthorization();
        if (!self)
            co_return gone();
        if (!forgotten)
            co_return forgotten.error();
    }
    m_record.clientId = clientId;
    co_return save();
}

QCoro::Task<Result<void>> ServiceAccount::forgetAuthorization()
{
    // Whatever is still on its way from an earlier authorization is dropped when it arrives.
    ++m_generation;
    QPointer<ServiceAccount> self(this);
    const QString key = entry(refreshTokenEntry);
    const auto removed = co_await m_secrets.remove(key);
    if (!self)
        co_return gone();
    if (!removed)
        co_return removed.error();
    forgetTokens();
    m_record.connection = AccountRecord::Connection::Disconnected;
    m_record.accountId.clear();
    m_record.accountName.clear();
    m_record.authorizedAt = {};
    co_return {};
}

QCoro::Task<Result<QString>> ServiceAccount::readSecret(const QString &name)
{
    const QString key = entry(name);
    const auto stored = co_await m_secrets.read(key);
    if (!stored)
        co_return stored.error();
    co_return stored.value().value_or(QString());
}

QCoro::Task<Result<QString>> ServiceAccount::clientSecret()
{
    if (!m_record.hasClientSecret)
        co_return QString();
    co_return co_await readSecret(clientSecretEntry);
}

Error ServiceAccount::forgottenMeanwhile() const
{
    return Error{tr("%1 was disconnected meanwhile.").arg(m_service.name()), ErrorKind::Cancelled};
}

QCoro::Task<Result<void>> ServiceAccount::completeAuthorization(PendingAuthorization flow, QString code)
{
    QPointer<ServiceAccount> self(this);
    const quint64 generation = m_generation;
    const auto secret = co_await clientSecret();
    if (!self)
        co_return gone();
    if (!secret)
        co_return secret.error();
    const OAuthClient::Client client{flow.clientId, secret.value()};
    const OAuthEndpoints endpoints = m_service.endpoints();
    auto tokens = co_await OAuthClient::exchangeCode(m_http, endpoints, client, code, flow.redirectUri, flow.verifier);
    if (!self)
        co_return gone();
    if (!tokens)
        co_return tokens.error();
    if (tokens->refreshToken.isEmpty())
        co_return Error{
            tr("%1 did not give MelodyHue a refresh token.").arg(m_service.name()), ErrorKind::ServerFailure};

    const QString accessToken = tokens->accessToken;
    const auto profile = co_await m_service.fetchProfile(m_http, accessToken);
    if (!self)
        co_return gone();
    if (!profile)
        co_return profile.error();
    if (m_generation != generation)
        co_return forgottenMeanwhile();

    // The refresh token is in the keychain before the connection counts as made.
    const QString key = entry(refreshTokenEntry);
    const QString refreshToken = tokens->refreshToken;
    const auto stored = co_await m_secrets.write(key, refreshToken);
    if (!self)
        co_return gone();
    if (!stored)
        co_return stored.error();
    // A disconnect asked meanwhile removes the token after this write: the keychain runs jobs
    // in order.
    if (m_generation != generation)
        co_return forgottenMeanwhile();
    m_refreshToken = tokens->refreshToken;
    m_accessToken = tokens->accessToken;
    m_accessExpiresAt = tokens->expiresAt;
    m_record.connection = AccountRecord::Connection::Connected;
    m_record.accountId = profile->id;
    m_record.accountName = profile->name;
    m_record.authorizedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcAccount) << m_service.id() << "connected";
    co_return save();
}

QCoro::Task<Result<QString>> ServiceAccount::accessToken()
{
    if (state() != State::Connected)
        co_return Error{tr("%1 is not connected.").arg(m_service.name()), ErrorKind::NotConnected};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Copies: QCoro's co_return moves from an lvalue of another type than the Task's, which
    // would empty the member.
    if (!m_accessToken.isEmpty() && now.secsTo(m_accessExpiresAt) > refreshMarginSeconds)
        co_return Result<QString>(m_accessToken);
    if (m_refreshing) {
        // One refresh at a time: a rotated refresh token may be used only once.
        QPointer<ServiceAccount> self(this);
        co_await qCoro(this, &ServiceAccount::refreshFinished);
        if (!self)
            co_return gone();
        if (!m_accessToken.isEmpty())
            co_return Result<QString>(m_accessToken);
        co_return Result<QString>(m_lastRefreshError);
    }
    co_return co_await refreshAccessToken();
}

QCoro::Task<Result<QString>> ServiceAccount::refreshAccessToken()
{
    QPointer<ServiceAccount> self(this);
    const quint64 generation = m_generation;
    m_refreshing = true;
    m_accessToken.clear();
    const auto finish = [this, self](Result<QString> result) -> Result<QString> {
        if (!self)
            return result;
        m_refreshing = false;
        m_lastRefreshError = result ? Error{} : result.error();
        Q_EMIT refreshFinished();
        return result;
    };

    if (m_refreshToken.isEmpty()) {
        const auto read = co_await readSecret(refreshTokenEntry);
        if (!self)
            co_return gone();
        if (!read)
            co_return finish(read.error());
        m_refreshToken = read.value();
    }
    const auto secret = co_await clientSecret();
    if (!self)
        co_return gone();
    if (!secret)
        co_return finish(secret.error());
    Result<TokenSet> tokens
        = Error{tr("MelodyHue has no %1 authorization any more.").arg(m_service.name()), ErrorKind::Expired};
    if (!m_refreshToken.isEmpty()) {
        const OAuthClient::Client client{m_record.clientId, secret.value()};
        const QString refreshToken = m_refreshToken;
        const OAuthEndpoints endpoints = m_service.endpoints();
        tokens = co_await OAuthClient::refresh(m_http, endpoints, client, refreshToken);
        if (!self)
            co_return gone();
        if (m_generation != generation)
            co_return finish(forgottenMeanwhile());
    }
    if (!tokens) {
        if (tokens.error().kind == ErrorKind::Expired) {
            qCInfo(lcAccount) << m_service.id() << "authorization refused: reconnect needed";
            forgetTokens();
            const QString key = entry(refreshTokenEntry);
            const auto removed = co_await m_secrets.remove(key);
            if (!self)
                co_return gone();
            if (!removed)
                qCInfo(lcAccount) << "could not remove the refused refresh token:" << removed.errorMessage();
            m_record.connection = AccountRecord::Connection::ReconnectNeeded;
            if (const auto saved = save(); !saved)
                qCWarning(lcAccount) << saved.errorMessage();
            Q_EMIT reconnectNeeded(
                tr("%1 needs to be connected again: %2").arg(m_service.name(), tokens.error().message));
        }
        co_return finish(tokens.error());
    }

    if (!tokens->refreshToken.isEmpty() && tokens->refreshToken != m_refreshToken) {
        // Rotation: the old refresh token is dead now; the new one goes to the keychain first.
        const QString key = entry(refreshTokenEntry);
        const QString rotated = tokens->refreshToken;
        const auto stored = co_await m_secrets.write(key, rotated);
        if (!self)
            co_return gone();
        if (m_generation != generation)
            co_return finish(forgottenMeanwhile());
        m_refreshToken = rotated;
        if (!stored) {
            // Kept for this session; after a restart the user will have to reconnect.
            qCWarning(lcAccount).noquote() << stored.errorMessage();
        }
    }
    m_accessToken = tokens->accessToken;
    m_accessExpiresAt = tokens->expiresAt;
    co_return finish(m_accessToken);
}

QCoro::Task<Result<void>> ServiceAccount::disconnect()
{
    QPointer<ServiceAccount> self(this);
    const auto forgotten = co_await forgetAuthorization();
    if (!self)
        co_return gone();
    if (!forgotten)
        co_return forgotten.error();
    qCInfo(lcAccount) << m_service.id() << "disconnected";
    co_return save();
}

QCoro::Task<Result<HttpResponse>> ServiceAccount::apiGet(QUrl url, RequestBudget::Purpose purpose)
{
    QPointer<ServiceAccount> self(this);
    for (int attempt = 0;; ++attempt) {
        const auto token = co_await accessToken();
        if (!self)
            co_return gone();
        if (!token) {
            if (token.error().kind == ErrorKind::Network)
                noteOutcome(std::nullopt, true);
            co_return token.error();
        }
        const HttpClient::Headers headers = m_service.signedHeaders(token.value());
        const QPointer<RequestBudget> budget(&m_budget);
        const HttpResponse response = co_await m_http.get(url, headers, budget, HttpLimits(), purpose);
        if (!self)
            co_return gone();
        if (response.status == 401 && attempt == 0) {
            // Revoked or expired early: one refresh, then the same request once more.
            qCInfo(lcAccount) << m_service.id() << "access token refused: refreshing";
            if (m_accessToken == token.value())
                m_accessToken.clear();
            continue;
        }
        if (response.paused || response.status == 429)
            co_return Error{problem(), ErrorKind::RateLimited, m_budget.resumeAt(purpose)};
        if (response.status == 0) {
            qCInfo(lcAccount).noquote() << m_service.id() << "Web API unreachable:" << response.failure;
            noteOutcome(std::nullopt, true);
            co_return Error{tr("Cannot reach %1 — check your connection.").arg(m_service.name()), ErrorKind::Network};
        }
        if (response.status >= 500) {
            noteOutcome(std::nullopt, true);
            co_return Error{tr("%1 is having trouble (status %2); MelodyHue tries again later.")
                                .arg(m_service.name())
                                .arg(response.status),
                ErrorKind::ServerFailure};
        }
        if (response.status == 401)
            co_return Error{
                tr("%1 refused MelodyHue’s access; connect again.").arg(m_service.name()), ErrorKind::Rejected};
        if (response.status == 403) {
            ServiceRefusal refusal = m_service.readRefusal(response);
            const QString message = refusal.message;
            noteOutcome(std::move(refusal), false);
            co_return Error{message, ErrorKind::Rejected};
        }
        noteOutcome(std::nullopt, false);
        co_return response;
    }
}

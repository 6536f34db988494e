#pragma once

#include "auth/authorizationflows.h"
#include "auth/oauthclient.h"
#include "net/requestbudget.h"
#include "providers/musicservice.h"
#include "storage/accountstable.h"
#include "storage/apiusagetable.h"

#include <QObject>

#include <optional>

class Database;
class HttpClient;
class SecretStore;

// One music service account: its credentials, its connection state and its tokens. The
// refresh token lives in the keychain (saved before a rotated one is used), the access token
// only in memory, refreshed before it expires, one refresh at a time. A refused refresh
// (invalid_grant) means "reconnect needed", never a retry loop. Its Web API requests stay
// within a daily budget, counted in the database, and what keeps them from being answered is
// named (problemKind()) with a sentence that says what to do.
class ServiceAccount : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connected, ReconnectNeeded, Unavailable };
    Q_ENUM(State)
    // What keeps the Web API from answering as planned (GET /api/services' problem_kind).
    enum class Problem {
        None,
        PremiumRequired,
        NotAllowlisted,
        QuotaExceeded,
        RateLimited,
        BudgetSpent,
        ReconnectNeeded,
        Network,
    };
    Q_ENUM(Problem)

    ServiceAccount(const MusicService &service, Database &database, SecretStore &secrets, HttpClient &http,
        QObject *parent = nullptr);

    const MusicService &service() const { return m_service; }
    QString id() const { return m_service.id(); }
    QString name() const { return m_service.name(); }
    State state() const;
    QString accountName() const { return m_record.accountName; }
    QString clientId() const { return m_record.clientId; }
    bool hasClientSecret() const { return m_record.hasClientSecret; }
    bool isConfigured() const { return !m_record.clientId.isEmpty(); }
    QDateTime authorizedAt() const { return m_record.authorizedAt; }
    // When the user's authorization runs out (Spotify: six months after it was given; a
    // refresh does not extend it), or an invalid time when not connected.
    QDateTime authorizationEnd() const;
    // The end, once fewer than `authorizationWarningDays` remain.
    std::optional<QDateTime> authorizationEndingSoon() const;
    static constexpr int authorizationLifetimeMonths = 6;
    static constexpr int authorizationWarningDays = 14;

    Problem problemKind() const;
    // The problem as a sentence with what to do; empty when there is none.
    QString problem() const;
    // Requests a day (nullopt: no budget of MelodyHue's own).
    void setDailyBudget(std::optional<int> requests);

    // The Client ID (checked and written as the service writes it) and, when given, the client
    // secret (to the keychain; an empty one removes it). A new Client ID disconnects: tokens
    // belong to the app that issued them.
    QCoro::Task<Result<void>> setCredentials(QString clientId, std::optional<QString> clientSecret);

    QCoro::Task<Result<void>> completeAuthorization(PendingAuthorization flow, QString code);
    QCoro::Task<Result<QString>> accessToken();
    QCoro::Task<Result<void>> disconnect();

    // A signed GET on the service's Web API, within this account's request budget: an access
    // token refused with 401 is refreshed once and the request sent again; a rate limit, a
    // failing service or no network come back as errors of their kind (RateLimited with the
    // time requests resume). Other answers (2xx, 204, 4xx) are the caller's to read.
    // The sync asks with Purpose::Sync, which leaves a share of the day to now playing.
    QCoro::Task<Result<HttpResponse>> apiGet(
        QUrl url, RequestBudget::Purpose purpose = RequestBudget::Purpose::NowPlaying);
    // The account's Web API requests: counted, paused on 429, quota and failures.
    RequestBudget &budget() { return m_budget; }
    const RequestBudget &budget() const { return m_budget; }

Q_SIGNALS:
    void changed();
    // `message` is the whole sentence for the user, with the service's name and the reason.
    void reconnectNeeded(const QString &message);
    // A token refresh ended (others waiting for it may look at the result).
    void refreshFinished();
    // problemKind() or problem() may have changed.
    void problemChanged();

private:
    QCoro::Task<Result<QString>> refreshAccessToken();
    // Removes the refresh token from the keychain and forgets the account (not saved yet).
    QCoro::Task<Result<void>> forgetAuthorization();
    QCoro::Task<Result<QString>> readSecret(const QString &name);
    // The client secret from the keychain, or an empty one when none was given.
    QCoro::Task<Result<QString>> clientSecret();
    Result<void> save();
    // The keychain entry of this service named `name` ("spotify/refresh_token").
    QString entry(const QString &name) const { return m_service.id() + u'/' + name; }
    void forgetTokens();
    Error forgottenMeanwhile() const;
    // What the last Web API answer says of the account: a refusal, no answer, or neither.
    void noteOutcome(std::optional<ServiceRefusal> refusal, bool unreachable);

    const MusicService &m_service;
    AccountsTable m_table;
    AccountRecord m_record;
    SecretStore &m_secrets;
    HttpClient &m_http;
    QString m_refreshToken;
    QString m_accessToken;
    QDateTime m_accessExpiresAt;
    bool m_refreshing = false;
    // Counts the authorizations forgotten; a flow that started under another count is stale.
    quint64 m_generation = 0;
    Error m_lastRefreshError;
    RequestBudget m_budget;
    ApiUsageTable m_usage;
    std::optional<ServiceRefusal> m_refusal;
    bool m_unreachable = false;
};

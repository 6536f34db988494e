#include "secrets/secretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>

#include <QCoroSignal>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSecrets, "melodyhue.secrets")

namespace {

// A locked keychain may ask the user for a password: give them time to answer.
constexpr auto jobTimeout = 120s;

bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
        || error == QKeychain::NotImplemented;
}

// The job stays owned by the calling coroutine, so it outlives a store that is destroyed meanwhile.
template<typename JobType>
std::unique_ptr<JobType> makeJob(const QString &key)
{
    auto job = std::make_unique<JobType>(SecretStore::serviceName());
    job->setAutoDelete(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString profileId, QObject *parent)
    : QObject(parent)
    , m_profileId(std::move(profileId))
{ }

QString SecretStore::serviceName()
{
    return u"MelodyHue"_s;
}

QString SecretStore::entryKey(const QString &name) const
{
    return m_profileId + u'/' + name;
}

QCoro::Task<Result<std::optional<QString>>> SecretStore::read(QString name)
{
    const auto job = makeJob<QKeychain::ReadPasswordJob>(entryKey(name));
    const std::optional<Error> failure = co_await runJob(job.get());
    if (failure)
        co_return *failure;
    if (job->error() == QKeychain::EntryNotFound)
        co_return std::optional<QString>();
    co_return std::optional<QString>(job->textData());
}

QCoro::Task<Result<void>> SecretStore::write(QString name, QString value)
{
    if (value.toUtf8().size() > maximumValueBytes)
        co_return Error{
            tr("This secret is too long to keep in the system keychain (over %1 bytes).").arg(maximumValueBytes)};
    const auto job = makeJob<QKeychain::WritePasswordJob>(entryKey(name));
    job->setTextData(value);
    const std::optional<Error> failure = co_await runJob(job.get());
    if (failure)
        co_return *failure;
    co_return {};
}

QCoro::Task<Result<void>> SecretStore::remove(QString name)
{
    const auto job = makeJob<QKeychain::DeletePasswordJob>(entryKey(name));
    const std::optional<Error> failure = co_await runJob(job.get());
    if (failure)
        co_return *failure;
    co_return {};
}

QCoro::Task<std::optional<Error>> SecretStore::runJob(QKeychain::Job *job)
{
    QPointer<SecretStore> self(this);
    const quint64 ticket = m_nextTicket++;
    while (self && m_nowServing != ticket)
        co_await qCoro(this, &SecretStore::turnPassed);
    if (!self)
        co_return Error{tr("MelodyHue is shutting down."), ErrorKind::Cancelled};
    // Whichever way this job ends, the next one goes.
    const auto next = qScopeGuard([self] {
        if (self)
            self->passTurn();
    });
    job->start();
    const auto finished = co_await qCoro(job, &QKeychain::Job::finished, jobTimeout);
    if (!self)
        co_return Error{tr("MelodyHue is shutting down."), ErrorKind::Cancelled};
    if (!finished) {
        const QString reason
            = tr("The system keychain did not answer within %1 seconds.").arg(std::chrono::seconds(jobTimeout).count());
        noteAvailability(Availability::Unavailable, reason);
        co_return Error{reason, ErrorKind::Unavailable};
    }
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
        noteAvailability(Availability::Available);
        co_return std::nullopt;
    }
    const Error error = describe(*job);
    if (meansNoKeychain(job->error()))
        noteAvailability(Availability::Unavailable, error.message);
    co_return error;
}

Error SecretStore::describe(const QKeychain::Job &job) const
{
    // The technical detail goes to the log; the user gets what to do about it.
    qCInfo(lcSecrets) << "keychain error" << int(job.error()) << job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
        return {tr("Access to the system keychain was refused. Allow MelodyHue when the keychain asks."),
            ErrorKind::Unavailable};
    case QKeychain::AccessDenied:
        return {tr("The system keychain refused access; it may be locked. Unlock it and try again."),
            ErrorKind::Unavailable};
    case QKeychain::CouldNotDeleteEntry:
        return {tr("The system keychain could not delete the entry.")};
    default:
        return {tr("No system keychain is available (%1). MelodyHue keeps passwords and tokens only "
                   "there and never in plain files: start GNOME Keyring, KWallet or KeePassXC’s "
                   "Secret Service, then restart MelodyHue.")
                    .arg(job.errorString()),
            ErrorKind::Unavailable};
    }
}

void SecretStore::passTurn()
{
    ++m_nowServing;
    Q_EMIT turnPassed();
    if (isIdle())
        Q_EMIT idle();
}

void SecretStore::noteAvailability(Availability availability, const QString &reason)
{
    m_unavailableReason = reason;
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

#include <QCoroTask>

#include <optional>

namespace QKeychain {
class Job;
}

// The only door to the system keychain (Secret Service, Windows Credential Manager, macOS
// Keychain). Entries are namespaced by the data folder's profile id, so two data folders never
// see each other's secrets. Jobs run one at a time, in the order they were asked for, so a
// removal asked after a write always wins. There is no plaintext fallback: when no keychain
// answers, every call fails with a sentence that says so.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    explicit SecretStore(QString profileId, QObject *parent = nullptr);

    // nullopt when no such entry exists.
    QCoro::Task<Result<std::optional<QString>>> read(QString name);
    QCoro::Task<Result<void>> write(QString name, QString value);
    // Removing a missing entry succeeds.
    QCoro::Task<Result<void>> remove(QString name);

    // No job running or waiting.
    bool isIdle() const { return m_nowServing == m_nextTicket; }

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }

    static QString serviceName();
    QString entryKey(const QString &name) const;
    // Windows keeps at most 2560 bytes per credential; stay well under for every platform.
    static constexpr int maximumValueBytes = 2000;

Q_SIGNALS:
    void turnPassed();
    void availabilityChanged(SecretStore::Availability availability);
    // The last job in line has finished.
    void idle();

private:
    void passTurn();

    // nullopt when the job succeeded or found no entry. Waits for the jobs asked for before.
    QCoro::Task<std::optional<Error>> runJob(QKeychain::Job *job);
    Error describe(const QKeychain::Job &job) const;
    void noteAvailability(Availability availability, const QString &reason = {});

    QString m_profileId;
    // The queue of jobs, as tickets: each job waits until its ticket is served.
    quint64 m_nextTicket = 0;
    quint64 m_nowServing = 0;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};

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
// see each other's secrets. There is no plaintext fallback: when no keychain answers, every
// call fails with a sentence that says so.
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

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }

    static QString serviceName();
    QString entryKey(const QString &name) const;
    // Windows keeps at most 2560 bytes per credential; stay well under for every platform.
    static constexpr int maximumValueBytes = 2000;

Q_SIGNALS:
    void availabilityChanged(SecretStore::Availability availability);

private:
    // nullopt when the job succeeded or found no entry.
    QCoro::Task<std::optional<Error>> runJob(QKeychain::Job *job);
    Error describe(const QKeychain::Job &job) const;
    void noteAvailability(Availability availability, const QString &reason = {});

    QString m_profileId;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <QCoroTask>

class SecretStore;

// The key that guards MelodyHue's private HTTP routes. It comes from MELODYHUE_API_KEY when
// set, otherwise from the keychain (created on first run). When no keychain answers, a key
// valid for this session only is used, so the app keeps working without writing it anywhere.
class ApiKey : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Environment, Keychain, Session };
    Q_ENUM(Source)

    ApiKey(SecretStore &store, QString environmentValue, QObject *parent = nullptr);

    QCoro::Task<Result<void>> load();
    // A fresh key replaces the old one everywhere (keychain included).
    QCoro::Task<Result<void>> regenerate();

    bool isReady() const { return m_source != Source::None; }
    QString value() const { return m_value; }
    Source source() const { return m_source; }
    // Constant-time comparison with a presented key.
    bool matches(QByteArrayView presented) const;

    static QString generate();
    static constexpr int keyBytes = 32;

Q_SIGNALS:
    void changed();

private:
    QCoro::Task<Result<void>> storeNewKey();
    void adopt(QString value, Source source);

    SecretStore &m_store;
    QString m_environmentValue;
    QString m_value;
    QByteArray m_digest;
    Source m_source = Source::None;
};

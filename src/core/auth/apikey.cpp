#include "auth/apikey.h"

#include "secrets/secretstore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApiKey, "melodyhue.apikey")

namespace {

const QString entryName = u"api_key"_s;

QByteArray digestOf(QByteArrayView key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

} // namespace

ApiKey::ApiKey(SecretStore &store, QString environmentValue, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_environmentValue(std::move(environmentValue))
{ }

QString ApiKey::generate()
{
    QByteArray bytes(keyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QCoro::Task<Result<void>> ApiKey::load()
{
    if (!m_environmentValue.isEmpty()) {
        adopt(m_environmentValue, Source::Environment);
        co_return {};
    }

    QPointer<ApiKey> self(this);
    const auto stored = co_await m_store.read(entryName);
    if (!self)
        co_return {};
    if (stored.ok() && stored.value().has_value() && !stored.value()->isEmpty()) {
        adopt(*stored.value(), Source::Keychain);
        co_return {};
    }
    if (!stored.ok()) {
        adopt(generate(), Source::Session);
        co_return stored.error();
    }

    const Result<void> created = co_await storeNewKey();
    if (created.ok())
        qCInfo(lcApiKey) << "created a new API key in the keychain";
    co_return created;
}

QCoro::Task<Result<void>> ApiKey::regenerate()
{
    if (m_source == Source::Environment)
        co_return Error{tr("The API key is set by MELODYHUE_API_KEY; change it there.")};
    const Result<void> stored = co_await storeNewKey();
    co_return stored;
}

QCoro::Task<Result<void>> ApiKey::storeNewKey()
{
    const QString fresh = generate();
    QPointer<ApiKey> self(this);
    const auto written = co_await m_store.write(entryName, fresh);
    if (!self)
        co_return {};
    // Without the keychain the key still works until MelodyHue quits.
    adopt(fresh, written.ok() ? Source::Keychain : Source::Session);
    if (!written.ok())
        co_return written.error();
    co_return {};
}

bool ApiKey::matches(QByteArrayView presented) const
{
    if (m_digest.isEmpty())
        return false;
    // Comparing digests keeps the time independent of where the strings differ and of their length.
    const QByteArray candidate = digestOf(presented);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < m_digest.size(); ++i)
        difference |= static_cast<unsigned char>(m_digest[i] ^ candidate[i]);
    return difference == 0;
}

void ApiKey::adopt(QString value, Source source)
{
    m_value = std::move(value);
    m_digest = digestOf(m_value.toUtf8());
    m_source = source;
    Q_EMIT changed();
}

#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

Pkce Pkce::generate()
{
    // 48 random bytes give a 64-character verifier of unreserved characters (RFC 7636: 43-128).
    const QString verifier = base64Url(randomBytes(48));
    return {verifier, challengeFor(verifier)};
}

QString Pkce::challengeFor(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString Pkce::randomState()
{
    return base64Url(randomBytes(24));
}

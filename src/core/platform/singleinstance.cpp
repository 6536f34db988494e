#include "platform/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "melodyhue.instance")

namespace {

const QByteArray activateMessage = QByteArrayLiteral("activate\n");

QString socketNameFor(const QString &dataDir)
{
    const QByteArray folder = QDir(dataDir).canonicalPath().toUtf8();
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
    const QByteArray digest = QCryptographicHash::hash(QByteArray(folder + '\0' + user), QCryptographicHash::Sha256);
    return u"melodyhue-"_s + QString::fromLatin1(digest.toHex().left(24));
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_socketName(socketNameFor(dataDir))
    , m_lock(QDir(dataDir).filePath(u"melodyhue.lock"_s))
{
    // A lock left by a crashed process is taken over (QLockFile checks the PID).
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::claim()
{
    if (!m_lock.tryLock(0))
        return Role::Secondary;
    startListening();
    return Role::Primary;
}

void SingleInstance::startListening()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file with this name is a leftover of a crash.
    QLocalServer::removeServer(m_socketName);
    if (!m_server->listen(m_socketName)) {
        qCWarning(lcInstance) << "cannot listen for later launches:" << m_server->errorString();
        return;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine(64) == activateMessage)
                    Q_EMIT activationRequested();
                socket->disconnectFromServer();
            });
        }
    });
}

bool SingleInstance::activatePrimary(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socketName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(activateMessage);
    // The message sits in the socket buffer of the primary even after we disconnect.
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return sent;
}

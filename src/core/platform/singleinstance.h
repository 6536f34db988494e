#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

// One MelodyHue per data folder. The first launch holds a lock file in the folder and listens
// on a local socket; a later launch finds the lock taken, asks the first one to show its
// window, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role { Primary, Secondary };

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    Role claim();
    // From a secondary launch: asks the primary to show itself. False when it did not answer.
    bool activatePrimary(int timeoutMs = 3000) const;

    QString socketName() const { return m_socketName; }

Q_SIGNALS:
    void activationRequested();

private:
    void startListening();

    QString m_socketName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

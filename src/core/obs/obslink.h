#pragma once

#include "util/result.h"

#include <QObject>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <QCoroTask>

#include <optional>

class ObsWebSocket;
class SecretStore;
class Settings;

// MelodyHue's link to OBS through obs-websocket 5: where OBS listens (Settings → OBS, or
// MELODYHUE_OBS_WEBSOCKET_URL), its password (in the keychain only), the scenes, and a browser
// source created — or brought up to date — in the scene the user picks.
class ObsLink : public QObject
{
    Q_OBJECT

public:
    ObsLink(Settings &settings, SecretStore &secrets, QObject *parent = nullptr);

    QUrl address() const;
    // Set by MELODYHUE_OBS_WEBSOCKET_URL: Settings cannot change it.
    bool addressFromEnvironment() const;
    static Result<QUrl> parseAddress(const QString &text);

    // Saves what is given: the address in the settings, the password in the keychain ("" forgets it).
    QCoro::Task<Result<void>> configure(std::optional<QString> address, std::optional<QString> password);
    // Known without asking the keychain: reading it at every start could prompt the user.
    bool hasPassword() const;

    struct Scenes {
        QStringList names;
        QString current;
        QString webSocketVersion;
        // OBS's Browser source is a plugin: Debian's and Ubuntu's own OBS packages lack it.
        bool hasBrowserSource = true;
    };
    QCoro::Task<Result<Scenes>> scenes();

    struct Placement {
        QString scene;
        QString source;
        bool created = false;
    };
    // A browser source named `source` showing `url` at `size` in `scene`: created, or, when it
    // exists, its address and size set and the source added to the scene if it is not there.
    QCoro::Task<Result<Placement>> addBrowserSource(QString scene, QString source, QUrl url, QSize size);

    // Opens `obs` with the saved address and password, with the events of `subscriptions`
    // (ObsWebSocket::Events).
    QCoro::Task<Result<void>> open(ObsWebSocket &obs, int subscriptions);

    // What to do when OBS has no Browser source, in the user's words.
    static QString noBrowserSourceMessage();
    // The name of an overlay's source in OBS.
    static QString sourceName(const QString &overlayName);
    static constexpr int maximumPasswordLength = 256;

Q_SIGNALS:
    void configurationChanged();

private:
    QCoro::Task<Result<QString>> password();
    // Opens `obs` with the saved address and password and reads the scenes: where both
    // operations start.
    QCoro::Task<Result<Scenes>> openWithScenes(ObsWebSocket &obs);

    Settings &m_settings;
    SecretStore &m_secrets;
    // Read from the keychain once: the standing connection to OBS tries again every few seconds.
    std::optional<QString> m_password;
};

#pragma once

#include "media/mediasessions.h"

#include <QDBusConnection>

#include <map>
#include <memory>

class MprisPlayer;

// The MPRIS2 players on the D-Bus session bus: every org.mpris.MediaPlayer2.* name is followed
// as it appears and leaves. The Spotify desktop app is one of them; so are VLC, Rhythmbox and
// browsers playing media.
class MprisSessions : public MediaSessions
{
    Q_OBJECT

public:
    explicit MprisSessions(const QDBusConnection &bus, QObject *parent = nullptr);
    ~MprisSessions() override;

    QList<MediaPlayback> players() const override;
    bool isConnected() const { return m_bus.isConnected(); }

private Q_SLOTS:
    void onNameOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner);

private:
    void listPlayers();
    void add(const QString &busName);
    void remove(const QString &busName);

    QDBusConnection m_bus;
    std::map<QString, std::unique_ptr<MprisPlayer>> m_players;
};

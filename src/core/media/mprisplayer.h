#pragma once

#include "media/mediaplayback.h"

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

// One MPRIS2 player on the session bus (org.mpris.MediaPlayer2.<name>): its metadata, status
// and position, read once when it appears, then kept from PropertiesChanged and Seeked.
class MprisPlayer : public QObject
{
    Q_OBJECT

public:
    MprisPlayer(const QDBusConnection &bus, const QString &busName, QObject *parent = nullptr);

    const MediaPlayback &playback() const { return m_playback; }
    // Whether its first answer arrived (before that it is not shown).
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    // Connected by name through QDBusConnection::connect, which takes only SLOT() strings.
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &invalidated);
    void onSeeked(qlonglong positionMicroseconds);

private:
    // Calls org.freedesktop.DBus.Properties.<method> without waiting; `handle` gets the answer
    // (errors are ignored: a player that does not answer is not shown).
    template<typename Value, typename Handle>
    void askProperties(const QString &method, const QStringList &arguments, Handle handle);
    void readAll();
    void readIdentity();
    void readPosition();
    void apply(const QVariantMap &properties);
    // Seeked: the player moved; Asked: the Position property, as read or announced.
    enum class Reading { Asked, Seeked };
    void setPosition(qint64 microseconds, Reading reading);
    // A reported 0 is believed while the track has played less than this.
    static constexpr qint64 trustedZeroMs = 3000;

    QDBusConnection m_bus;
    QString m_busName;
    MediaPlayback m_playback;
    bool m_ready = false;
};

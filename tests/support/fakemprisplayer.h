#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A media player for the tests, on the test session's D-Bus under org.mpris.MediaPlayer2.<name>,
// with its own bus connection as a separate program would have: it answers Get/GetAll of the
// MPRIS2 root and Player interfaces and announces changes with PropertiesChanged and Seeked,
// as the Spotify desktop app, VLC or a browser do. Destroying it is the player quitting.
class FakeMprisPlayer : public QObject
{
    Q_OBJECT

public:
    struct Song {
        QString trackId = QStringLiteral("/org/mpris/MediaPlayer2/Track/1");
        QString title;
        QStringList artists;
        QString album;
        QString artUrl;
        qint64 lengthMicroseconds = 200'000'000;
        QString url;
    };

    FakeMprisPlayer(const QString &name, const QString &identity);
    ~FakeMprisPlayer() override;

    bool isRegistered() const { return m_registered; }
    void play(const Song &song);
    void setStatus(const QString &status);
    void seek(qint64 positionMicroseconds);
    // The Position property changes without a Seeked signal (Spotify's Linux client has reported
    // 0 mid-track).
    void setReportedPosition(qint64 positionMicroseconds) { m_position = positionMicroseconds; }

    QString identity() const { return m_identity; }
    QString status() const { return m_status; }
    QVariantMap metadata() const { return m_metadata; }
    qint64 position() const { return m_position; }

private:
    void announce(const QVariantMap &changed);

    QString m_connectionName;
    QDBusConnection m_bus;
    QString m_identity;
    QString m_status = QStringLiteral("Stopped");
    QVariantMap m_metadata;
    qint64 m_position = 0;
    bool m_registered = false;
};

// org.mpris.MediaPlayer2: who the player is.
class FakeMprisRoot : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2")
    Q_PROPERTY(QString Identity READ identity)
    Q_PROPERTY(bool CanQuit READ canQuit)

public:
    explicit FakeMprisRoot(FakeMprisPlayer *player);
    QString identity() const { return m_player->identity(); }
    bool canQuit() const { return false; }

private:
    FakeMprisPlayer *m_player;
};

// org.mpris.MediaPlayer2.Player: what plays.
class FakeMprisPlayback : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(qlonglong Position READ position)

public:
    explicit FakeMprisPlayback(FakeMprisPlayer *player);
    QString playbackStatus() const { return m_player->status(); }
    QVariantMap metadata() const { return m_player->metadata(); }
    qlonglong position() const { return m_player->position(); }

Q_SIGNALS:
    void Seeked(qlonglong Position);

private:
    FakeMprisPlayer *m_player;
};

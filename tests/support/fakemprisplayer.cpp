#include "fakemprisplayer.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString objectPath = u"/org/mpris/MediaPlayer2"_s;

} // namespace

FakeMprisPlayer::FakeMprisPlayer(const QString &name, const QString &identity)
    : m_connectionName(u"fake-mpris-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName))
    , m_identity(identity)
{
    new FakeMprisRoot(this);
    new FakeMprisPlayback(this);
    m_registered = m_bus.isConnected() && m_bus.registerObject(objectPath, this)
        && m_bus.registerService(u"org.mpris.MediaPlayer2."_s + name);
}

FakeMprisPlayer::~FakeMprisPlayer()
{
    // The player quits: its connection and its name leave the bus.
    QDBusConnection::disconnectFromBus(m_connectionName);
}

void FakeMprisPlayer::play(const Song &song)
{
    m_metadata = {
        {u"mpris:trackid"_s, QVariant::fromValue(QDBusObjectPath(song.trackId))},
        {u"xesam:title"_s, song.title},
        {u"xesam:artist"_s, song.artists},
        {u"xesam:album"_s, song.album},
        {u"mpris:length"_s, song.lengthMicroseconds},
    };
    if (!song.artUrl.isEmpty())
        m_metadata.insert(u"mpris:artUrl"_s, song.artUrl);
    if (!song.url.isEmpty())
        m_metadata.insert(u"xesam:url"_s, song.url);
    m_status = u"Playing"_s;
    m_position = 0;
    announce({{u"Metadata"_s, m_metadata}, {u"PlaybackStatus"_s, m_status}});
}

void FakeMprisPlayer::setStatus(const QString &status)
{
    m_status = status;
    announce({{u"PlaybackStatus"_s, m_status}});
}

void FakeMprisPlayer::seek(qint64 positionMicroseconds)
{
    m_position = positionMicroseconds;
    QDBusMessage signal = QDBusMessage::createSignal(objectPath, u"org.mpris.MediaPlayer2.Player"_s, u"Seeked"_s);
    signal << qlonglong(positionMicroseconds);
    m_bus.send(signal);
}

void FakeMprisPlayer::announce(const QVariantMap &changed)
{
    QDBusMessage signal
        = QDBusMessage::createSignal(objectPath, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s);
    signal << u"org.mpris.MediaPlayer2.Player"_s << changed << QStringList();
    m_bus.send(signal);
}

FakeMprisRoot::FakeMprisRoot(FakeMprisPlayer *player)
    : QDBusAbstractAdaptor(player)
    , m_player(player)
{ }

FakeMprisPlayback::FakeMprisPlayback(FakeMprisPlayer *player)
    : QDBusAbstractAdaptor(player)
    , m_player(player)
{ }

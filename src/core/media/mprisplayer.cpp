#include "media/mprisplayer.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString objectPath = u"/org/mpris/MediaPlayer2"_s;
const QString rootInterface = u"org.mpris.MediaPlayer2"_s;
const QString playerInterface = u"org.mpris.MediaPlayer2.Player"_s;
const QString propertiesInterface = u"org.freedesktop.DBus.Properties"_s;
const QString busPrefix = u"org.mpris.MediaPlayer2."_s;
// Remote text is kept to a sane length: a player may send anything.
constexpr qsizetype longestText = 1000;

// Values inside a{sv} arrive demarshalled, or as a QDBusArgument when Qt has no type for them.
QVariantMap asMap(const QVariant &value)
{
    if (value.canConvert<QDBusArgument>())
        return qdbus_cast<QVariantMap>(value.value<QDBusArgument>());
    return value.toMap();
}

QString text(const QVariant &value)
{
    return value.toString().left(longestText);
}

QStringList textList(const QVariant &value)
{
    QStringList list;
    if (value.canConvert<QDBusArgument>())
        list = qdbus_cast<QStringList>(value.value<QDBusArgument>());
    else if (value.metaType().id() == QMetaType::QString)
        list = QStringList{value.toString()};
    else
        list = value.toStringList();
    QStringList kept;
    for (const QString &item : std::as_const(list)) {
        if (!item.trimmed().isEmpty())
            kept << item.left(longestText);
        if (kept.size() == 20)
            break;
    }
    return kept;
}

// "/com/spotify/track/4uLU6hMCjMI75M1A2tKUQC" or "spotify:track:4uLU…" → "4uLU…".
QString trackIdOf(const QVariant &value)
{
    QString id = value.canConvert<QDBusObjectPath>() ? value.value<QDBusObjectPath>().path() : value.toString();
    if (id == u"/org/mpris/MediaPlayer2/TrackList/NoTrack"_s)
        return {};
    const qsizetype cut = std::max(id.lastIndexOf(u'/'), id.lastIndexOf(u':'));
    return id.mid(cut + 1).left(200);
}

MediaPlayback::Status statusOf(const QString &status)
{
    if (status == u"Playing"_s)
        return MediaPlayback::Status::Playing;
    if (status == u"Paused"_s)
        return MediaPlayback::Status::Paused;
    return MediaPlayback::Status::Stopped;
}

Track trackOf(const QVariantMap &metadata)
{
    Track track;
    track.id = trackIdOf(metadata.value(u"mpris:trackid"_s));
    track.title = text(metadata.value(u"xesam:title"_s));
    track.artists = textList(metadata.value(u"xesam:artist"_s));
    track.album = text(metadata.value(u"xesam:album"_s));
    track.coverUrl = Track::keptUrl(text(metadata.value(u"mpris:artUrl"_s)), true);
    track.colorCoverUrl = track.coverUrl;
    track.durationMs = std::max<qint64>(0, metadata.value(u"mpris:length"_s).toLongLong() / 1000);
    track.url = Track::keptUrl(text(metadata.value(u"xesam:url"_s)));
    return track;
}

} // namespace

MprisPlayer::MprisPlayer(const QDBusConnection &bus, const QString &busName, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_busName(busName)
{
    m_playback.player = busName.mid(busPrefix.size());
    m_playback.identity = m_playback.player;
    m_bus.connect(m_busName, objectPath, propertiesInterface, u"PropertiesChanged"_s, this,
        SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    m_bus.connect(m_busName, objectPath, playerInterface, u"Seeked"_s, this, SLOT(onSeeked(qlonglong)));
    readIdentity();
    readAll();
}

template<typename Value, typename Handle>
void MprisPlayer::askProperties(const QString &method, const QStringList &arguments, Handle handle)
{
    QDBusMessage call = QDBusMessage::createMethodCall(m_busName, objectPath, propertiesInterface, method);
    for (const QString &argument : arguments)
        call << argument;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [handle](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<Value> reply = *finished;
        if (!reply.isError())
            handle(reply.value());
    });
}

void MprisPlayer::readAll()
{
    askProperties<QVariantMap>(u"GetAll"_s, {playerInterface}, [this](const QVariantMap &properties) {
        apply(properties);
        if (properties.contains(u"Position"_s))
            setPosition(properties.value(u"Position"_s).toLongLong(), Reading::Asked);
        m_ready = true;
        Q_EMIT changed();
    });
}

void MprisPlayer::readIdentity()
{
    askProperties<QDBusVariant>(u"Get"_s, {rootInterface, u"Identity"_s}, [this](const QDBusVariant &value) {
        const QString identity = text(value.variant()).simplified();
        if (identity.isEmpty() || identity == m_playback.identity)
            return;
        m_playback.identity = identity;
        if (m_ready)
            Q_EMIT changed();
    });
}

void MprisPlayer::readPosition()
{
    // Position is not announced by PropertiesChanged (the spec says so): asked when it matters.
    askProperties<QDBusVariant>(u"Get"_s, {playerInterface, u"Position"_s}, [this](const QDBusVariant &value) {
        setPosition(value.variant().toLongLong(), Reading::Asked);
        if (m_ready)
            Q_EMIT changed();
    });
}

void MprisPlayer::onPropertiesChanged(
    const QString &interface, const QVariantMap &changedProperties, const QStringList &invalidated)
{
    Q_UNUSED(invalidated);
    if (interface != playerInterface)
        return;
    apply(changedProperties);
    if (changedProperties.contains(u"Position"_s))
        setPosition(changedProperties.value(u"Position"_s).toLongLong(), Reading::Asked);
    else if (changedProperties.contains(u"PlaybackStatus"_s) || changedProperties.contains(u"Metadata"_s))
        readPosition();
    if (m_ready)
        Q_EMIT changed();
}

void MprisPlayer::onSeeked(qlonglong positionMicroseconds)
{
    setPosition(positionMicroseconds, Reading::Seeked);
    if (m_ready)
        Q_EMIT changed();
}

void MprisPlayer::apply(const QVariantMap &properties)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (properties.contains(u"Metadata"_s)) {
        Track track = trackOf(asMap(properties.value(u"Metadata"_s)));
        if (!track.isSameItem(m_playback.track)) {
            // A new item starts from its beginning unless the player says otherwise.
            m_playback.track = std::move(track);
            m_playback.positionAt = now;
            m_playback.lastActive = now;
        } else {
            track.progressMs = m_playback.track.progressMs;
            m_playback.track = std::move(track);
        }
    }
    if (properties.contains(u"PlaybackStatus"_s)) {
        const auto status = statusOf(properties.value(u"PlaybackStatus"_s).toString());
        if (status != m_playback.status) {
            // Progress stops or starts moving now.
            if (m_playback.status == MediaPlayback::Status::Playing && m_playback.positionAt.isValid())
                m_playback.track.progressMs += std::max<qint64>(0, m_playback.positionAt.msecsTo(now));
            m_playback.positionAt = now;
            if (status == MediaPlayback::Status::Playing)
                m_playback.lastActive = now;
            m_playback.status = status;
        }
    }
}

void MprisPlayer::setPosition(qint64 microseconds, Reading reading)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Spotify's Linux client answers 0 mid-track at times: the progress counted since the track
    // started (or was last read) is kept rather than a jump back to its start. A seek to 0 comes
    // with Seeked and is taken as it is.
    if (reading == Reading::Asked && microseconds <= 0 && m_playback.isSpotify()) {
        qint64 estimate = m_playback.track.progressMs;
        if (m_playback.status == MediaPlayback::Status::Playing && m_playback.positionAt.isValid())
            estimate += std::max<qint64>(0, m_playback.positionAt.msecsTo(now));
        if (estimate > trustedZeroMs) {
            m_playback.track.progressMs = estimate;
            m_playback.positionAt = now;
            return;
        }
    }
    m_playback.track.progressMs = std::max<qint64>(0, microseconds / 1000);
    m_playback.positionAt = now;
}

#include "media/mprissessions.h"

#include "media/mprisplayer.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcMpris, "melodyhue.mpris")

namespace {

const QString busPrefix = u"org.mpris.MediaPlayer2."_s;
const QString dbusService = u"org.freedesktop.DBus"_s;
const QString dbusPath = u"/org/freedesktop/DBus"_s;
// More players than anyone runs: a process registering names by the thousand is ignored.
constexpr std::size_t mostPlayers = 32;

} // namespace

MprisSessions::MprisSessions(const QDBusConnection &bus, QObject *parent)
    : MediaSessions(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        qCInfo(lcMpris) << "no session bus: players on this computer are not followed";
        return;
    }
    m_bus.connect(dbusService, dbusPath, dbusService, u"NameOwnerChanged"_s, this,
        SLOT(onNameOwnerChanged(QString, QString, QString)));
    listPlayers();
}

MprisSessions::~MprisSessions() = default;

void MprisSessions::listPlayers()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(dbusService, dbusPath, dbusService, u"ListNames"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QStringList> reply = *finished;
        if (reply.isError())
            return;
        for (const QString &name : reply.value()) {
            if (name.startsWith(busPrefix))
                add(name);
        }
    });
}

void MprisSessions::onNameOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner)
{
    if (!name.startsWith(busPrefix))
        return;
    if (!oldOwner.isEmpty())
        remove(name);
    if (!newOwner.isEmpty())
        add(name);
}

void MprisSessions::add(const QString &busName)
{
    if (m_players.contains(busName) || m_players.size() >= mostPlayers)
        return;
    auto player = std::make_unique<MprisPlayer>(m_bus, busName);
    connect(player.get(), &MprisPlayer::changed, this, &MediaSessions::changed);
    qCInfo(lcMpris).noquote() << "player appeared:" << busName;
    m_players.emplace(busName, std::move(player));
}

void MprisSessions::remove(const QString &busName)
{
    const auto found = m_players.find(busName);
    if (found == m_players.end())
        return;
    const bool wasShown = found->second->isReady();
    m_players.erase(found);
    qCInfo(lcMpris).noquote() << "player left:" << busName;
    if (wasShown)
        Q_EMIT changed();
}

QList<MediaPlayback> MprisSessions::players() const
{
    QList<MediaPlayback> players;
    for (const auto &[name, player] : m_players) {
        if (player->isReady())
            players << player->playback();
    }
    return players;
}

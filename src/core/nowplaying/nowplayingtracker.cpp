#include "nowplaying/nowplayingtracker.h"

#include "media/mediasessions.h"
#include "nowplaying/covercache.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/nowplayingpoller.h"
#include "nowplaying/playbackchoice.h"
#include "providers/serviceaccount.h"
#include "settings/settings.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcTracker, "melodyhue.nowplaying")

NowPlayingTracker::NowPlayingTracker(NowPlaying &nowPlaying, MediaSessions *sessions, QList<NowPlayingPoller *> pollers,
    CoverCache &covers, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_nowPlaying(nowPlaying)
    , m_sessions(sessions)
    , m_pollers(std::move(pollers))
    , m_covers(covers)
    , m_settings(settings)
{
    if (m_sessions) {
        connect(m_sessions, &MediaSessions::changed, this, [this] {
            rememberPlayers();
            update();
        });
    }
    for (NowPlayingPoller *poller : std::as_const(m_pollers)) {
        connect(poller, &NowPlayingPoller::playbackChanged, this, &NowPlayingTracker::update);
        connect(poller, &NowPlayingPoller::problemChanged, this, &NowPlayingTracker::update);
    }
    connect(&settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::Player))
            update();
    });
    update();
}

void NowPlayingTracker::rememberPlayers()
{
    bool added = false;
    for (const MediaPlayback &player : m_sessions->players()) {
        const auto known = std::find_if(
            m_seen.begin(), m_seen.end(), [&player](const SeenPlayer &seen) { return seen.name == player.player; });
        if (known == m_seen.end()) {
            m_seen.append({player.player, player.identity});
            added = true;
        } else if (known->identity != player.identity) {
            known->identity = player.identity;
            added = true;
        }
    }
    if (added)
        Q_EMIT playersSeenChanged();
}

void NowPlayingTracker::update()
{
    // Telling a poller what it covers may make it forget its answer, which calls back here:
    // that call only asks for one more pass, so each pass reads every source as it stands.
    if (m_updating) {
        m_updateAgain = true;
        return;
    }
    m_updating = true;
    do {
        m_updateAgain = false;
        publish();
    } while (m_updateAgain);
    m_updating = false;
}

void NowPlayingTracker::publish()
{
    const QList<MediaPlayback> players = m_sessions ? m_sessions->players() : QList<MediaPlayback>();
    const QString setting = m_settings.player();
    for (NowPlayingPoller *poller : std::as_const(m_pollers)) {
        const QString service = poller->account().id();
        // The service's own app shows it here: its Web API has nothing to add.
        const bool covered = std::any_of(players.cbegin(), players.cend(), [&](const MediaPlayback &player) {
            return player.service() == service && player.hasTrack() && PlaybackChoice::accepts(setting, player);
        });
        poller->setWanted(PlaybackChoice::wantsService(setting, service));
        poller->setCovered(covered);
    }
    if (m_updateAgain)
        return;
    QList<PlaybackChoice::WebAnswer> answers;
    for (NowPlayingPoller *poller : std::as_const(m_pollers)) {
        answers.append({poller->account().id(), poller->account().name(), poller->playback(), poller->playbackAt(),
            poller->isActive() && !poller->problem().isEmpty()});
    }

    PlaybackState next = PlaybackChoice::choose(players, setting, answers);
    const PlaybackState &current = m_nowPlaying.state();
    if (!current.track || !next.track || !current.track->isSameItem(*next.track))
        m_failedColorUrl.clear();
    const QUrl colorUrl = next.track ? next.track->colorCoverUrl : QUrl();
    const QUrl imageUrl = next.track ? next.track->coverUrl : QUrl();
    const bool sameCover = current.track && current.track->colorCoverUrl == colorUrl
        && current.track->coverUrl == imageUrl && !colorUrl.isEmpty();
    if (sameCover) {
        next.coverPalette = current.coverPalette;
        next.coverImage = current.coverImage;
        next.coverMimeType = current.coverMimeType;
        next.coverPicture = current.coverPicture;
    } else if (!colorUrl.isEmpty() && colorUrl != m_failedColorUrl) {
        // Colours fade from one cover to the next: the previous ones stay until the new arrive.
        next.coverPalette = current.coverPalette;
    }
    m_nowPlaying.setState(std::move(next));

    if (colorUrl.isEmpty()) {
        m_pendingColorUrl.clear();
    } else if (!sameCover || !m_nowPlaying.state().coverPalette) {
        if (colorUrl != m_pendingColorUrl && colorUrl != m_failedColorUrl) {
            m_pendingColorUrl = colorUrl;
            QCoro::connect(resolveCover(colorUrl, imageUrl), this, [] {});
        }
    }
}

bool NowPlayingTracker::isCurrentCover(const QUrl &colorUrl, const QUrl &imageUrl) const
{
    const PlaybackState &state = m_nowPlaying.state();
    return state.track && state.track->colorCoverUrl == colorUrl && state.track->coverUrl == imageUrl;
}

QCoro::Task<> NowPlayingTracker::resolveCover(QUrl colorUrl, QUrl imageUrl)
{
    QPointer<NowPlayingTracker> self(this);
    const auto colors = co_await m_covers.fetch(colorUrl);
    if (!self || m_pendingColorUrl != colorUrl)
        co_return;
    if (!isCurrentCover(colorUrl, imageUrl)) {
        m_pendingColorUrl.clear();
        co_return;
    }
    PlaybackState state = m_nowPlaying.state();
    if (colors) {
        state.coverPalette = colors->palette;
        if (colorUrl == imageUrl) {
            state.coverImage = colors->image;
            state.coverMimeType = colors->mimeType;
            state.coverPicture = colors->picture;
        }
    } else {
        qCInfo(lcTracker).noquote() << "no colours for this cover:" << colors.errorMessage();
        // Not asked again on every update; a later track with the same cover tries again.
        m_failedColorUrl = colorUrl;
        state.coverPalette.reset();
    }
    m_nowPlaying.setState(state);
    if (colorUrl == imageUrl || !colors) {
        m_pendingColorUrl.clear();
        co_return;
    }
    // The large image, for overlays and /cover: after the colours, which matter first.
    const auto image = co_await m_covers.fetch(imageUrl);
    if (!self || !isCurrentCover(colorUrl, imageUrl))
        co_return;
    m_pendingColorUrl.clear();
    if (!image)
        co_return;
    state = m_nowPlaying.state();
    state.coverImage = image->image;
    state.coverMimeType = image->mimeType;
    state.coverPicture = image->picture;
    m_nowPlaying.setState(state);
}

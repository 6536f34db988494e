#include "nowplaying/playbackchoice.h"

#include "settings/settingsschema.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

PlaybackState fromPlayer(const MediaPlayback &player)
{
    PlaybackState state;
    state.isPlaying = player.status == MediaPlayback::Status::Playing;
    state.service = player.service();
    state.source = PlaybackSource::MediaSession;
    state.reporter = PlaybackChoice::reporterOf(player);
    state.track = player.track;
    state.progressAt = player.positionAt;
    return state;
}

PlaybackState fromWeb(const PlaybackChoice::WebAnswer &answer)
{
    PlaybackState state;
    state.isPlaying = answer.playback->playing;
    state.service = answer.service;
    state.source = PlaybackSource::WebApi;
    state.reporter = PlaybackChoice::tr("%1 Web API").arg(answer.serviceName);
    state.track = answer.playback->track;
    state.progressAt = answer.at;
    state.stale = answer.stale;
    return state;
}

} // namespace

QString PlaybackChoice::reporterOf(const MediaPlayback &player)
{
    return player.isSpotify() ? tr("Spotify desktop app") : player.identity;
}

bool PlaybackChoice::accepts(const QString &setting, const MediaPlayback &player)
{
    if (setting == SettingsSchema::anyPlayer())
        return true;
    if (setting == SettingsSchema::spotifyPlayerOnly())
        return player.isSpotify();
    // A player's name; browsers add ".instance<pid>" to theirs.
    return player.player == setting || player.player.startsWith(setting + u'.');
}

bool PlaybackChoice::wantsService(const QString &setting, const QString &service)
{
    return setting == SettingsSchema::anyPlayer() || setting == service || setting.startsWith(service + u'.');
}

PlaybackState PlaybackChoice::choose(
    const QList<MediaPlayback> &players, const QString &setting, const QList<WebAnswer> &answers)
{
    QList<MediaPlayback> candidates;
    for (const MediaPlayback &player : players) {
        if (accepts(setting, player) && player.hasTrack() && player.status != MediaPlayback::Status::Stopped)
            candidates << player;
    }
    // The most recently active first.
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const MediaPlayback &a, const MediaPlayback &b) { return a.lastActive > b.lastActive; });
    const auto playingPlayer = std::find_if(candidates.cbegin(), candidates.cend(),
        [](const MediaPlayback &player) { return player.status == MediaPlayback::Status::Playing; });
    if (playingPlayer != candidates.cend())
        return fromPlayer(*playingPlayer);

    QList<WebAnswer> known;
    for (const WebAnswer &answer : answers) {
        if (answer.playback && answer.playback->track && wantsService(setting, answer.service))
            known << answer;
    }
    const auto playingWeb
        = std::find_if(known.cbegin(), known.cend(), [](const WebAnswer &answer) { return answer.playback->playing; });
    if (playingWeb != known.cend())
        return fromWeb(*playingWeb);
    if (!candidates.isEmpty())
        return fromPlayer(candidates.constFirst());
    if (!known.isEmpty())
        return fromWeb(known.constFirst());
    // Nothing to show, and perhaps only because a Web API could not be asked.
    PlaybackState nothing;
    nothing.stale = std::any_of(answers.cbegin(), answers.cend(),
        [&setting](const WebAnswer &answer) { return answer.stale && wantsService(setting, answer.service); });
    return nothing;
}

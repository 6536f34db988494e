#include "history/playhistory.h"

#include "nowplaying/nowplaying.h"
#include "settings/settings.h"
#include "storage/playhistorytable.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHistory, "melodyhue.history")

PlayHistory::PlayHistory(
    const NowPlaying &nowPlaying, Database &database, const Settings &settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_nowPlaying(nowPlaying)
    , m_settings(settings)
    , m_table(std::make_unique<PlayHistoryTable>(database))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    if (auto closed = m_table->closeUnfinished(now()); !closed)
        report(closed.error());
    forgetOld();
    m_forgetTimer.setInterval(std::chrono::hours(6));
    connect(&m_forgetTimer, &QTimer::timeout, this, &PlayHistory::forgetOld);
    m_forgetTimer.start();
    connect(&settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::HistoryDays))
            forgetOld();
    });
    connect(&nowPlaying, &NowPlaying::changed, this, &PlayHistory::follow);
    follow();
}

PlayHistory::~PlayHistory()
{
    if (m_current && !m_current->endedAt.isValid())
        endCurrent(now());
}

Result<QList<PlayedTrack>> PlayHistory::newest(int limit, const QDateTime &since) const
{
    return m_table->newest(limit, since);
}

Result<QList<PlayedTrack>> PlayHistory::between(const QDateTime &from, const QDateTime &to) const
{
    return m_table->between(from, to);
}

std::optional<PlayedTrack> PlayHistory::current() const
{
    if (m_current && !m_current->endedAt.isValid())
        return m_current;
    return std::nullopt;
}

std::optional<PlayedTrack> PlayHistory::playedOf(const PlaybackState &state)
{
    if (!state.isPlaying || !state.track || state.track->type == u"ad"_s || state.track->title.isEmpty())
        return std::nullopt;
    const Track &track = *state.track;
    PlayedTrack played;
    played.source = state.source == PlaybackSource::WebApi ? u"web_api"_s : u"media_session"_s;
    played.reporter = state.reporter;
    played.service = state.service;
    played.type = track.type;
    if (!state.service.isEmpty() && !track.id.isEmpty())
        played.uri = state.service + u':' + track.type + u':' + track.id;
    else
        played.uri = track.url.toString();
    played.title = track.title;
    played.artists = track.artists;
    played.album = track.album;
    played.durationMs = track.durationMs;
    return played;
}

// The player and the Web API may describe one track a little differently (a cover, an album
// name filled in later): the same title and artists, and the same id where both have one.
bool PlayHistory::isSameTrack(const PlayedTrack &played, const PlayedTrack &candidate)
{
    return played.title == candidate.title && played.artists == candidate.artists
        && (played.service.isEmpty() || candidate.service.isEmpty() || played.uri == candidate.uri);
}

void PlayHistory::follow()
{
    const std::optional<PlayedTrack> playing = playedOf(m_nowPlaying.state());
    const QDateTime time = now();
    if (!playing) {
        if (m_current && !m_current->endedAt.isValid()) {
            endCurrent(time);
            Q_EMIT changed();
        }
        return;
    }
    if (m_current && isSameTrack(*m_current, *playing)) {
        if (m_current->endedAt.isValid()) {
            // Resumed after a pause: still the same play.
            if (auto reopened = m_table->reopen(m_current->id); !reopened)
                report(reopened.error());
            m_current->endedAt = QDateTime();
            Q_EMIT changed();
        }
        return;
    }
    if (m_current && !m_current->endedAt.isValid())
        endCurrent(time);
    PlayedTrack started = *playing;
    started.startedAt = time;
    auto id = m_table->start(started);
    if (!id) {
        report(id.error());
        m_current.reset();
        return;
    }
    started.id = id.value();
    m_current = started;
    qCDebug(lcHistory) << "started" << started.id;
    Q_EMIT changed();
}

void PlayHistory::endCurrent(const QDateTime &when)
{
    if (auto ended = m_table->end(m_current->id, when); !ended)
        report(ended.error());
    m_current->endedAt = when;
}

void PlayHistory::forgetOld()
{
    const auto forgotten = m_table->forgetBefore(now().addDays(-m_settings.historyDays()));
    if (!forgotten)
        report(forgotten.error());
    else if (forgotten.value() > 0)
        qCInfo(lcHistory) << "forgot" << forgotten.value() << "tracks older than" << m_settings.historyDays() << "days";
}

// A history that cannot be written costs nothing else: the music, the overlays and OBS go on.
void PlayHistory::report(const Error &error)
{
    qCWarning(lcHistory).noquote() << error.message;
}

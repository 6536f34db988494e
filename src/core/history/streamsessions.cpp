#include "history/streamsessions.h"

#include "history/playhistory.h"
#include "storage/streamsessionstable.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSessions, "melodyhue.history.sessions")

namespace {

// OBS's running time, read at a new connection, gives the start to within this; nobody starts a
// new stream sooner after the last one.
constexpr qint64 sameStartMs = 2000;

} // namespace

StreamSessions::StreamSessions(const ObsSession &obs, const PlayHistory &history, Database &database, QObject *parent)
    : QObject(parent)
    , m_obs(obs)
    , m_history(history)
    , m_table(std::make_unique<StreamSessionsTable>(database))
{
    closeUnfinished();
    connect(&obs, &ObsSession::outputsChanged, this, &StreamSessions::follow);
    follow();
}

StreamSessions::~StreamSessions() = default;

Result<QList<StreamSession>> StreamSessions::newest(int limit) const
{
    return m_table->newest(limit);
}

Result<std::optional<StreamSession>> StreamSessions::find(qint64 id) const
{
    return m_table->find(id);
}

Result<QList<PlayedTrack>> StreamSessions::tracksOf(const StreamSession &session) const
{
    return m_history.between(session.startedAt, session.endedAt);
}

// A session left running by a MelodyHue that stopped ends with the last track it heard: if OBS
// still runs it, the next connection takes it up again.
void StreamSessions::closeUnfinished()
{
    const auto unfinished = m_table->unfinished();
    if (!unfinished) {
        qCWarning(lcSessions).noquote() << unfinished.error().message;
        return;
    }
    for (const StreamSession &session : unfinished.value()) {
        QDateTime end = session.startedAt;
        if (const auto tracks = m_history.between(session.startedAt, {}); tracks && !tracks->isEmpty())
            end = std::max(end, tracks->last().endedAt.isValid() ? tracks->last().endedAt : tracks->last().startedAt);
        if (auto ended = m_table->end(session.id, end); !ended)
            qCWarning(lcSessions).noquote() << ended.error().message;
    }
}

void StreamSessions::follow()
{
    const bool stream = followOutput(streamKind(), m_obs.stream(), &m_openStream);
    const bool recording = followOutput(recordingKind(), m_obs.recording(), &m_openRecording);
    if (stream || recording)
        Q_EMIT changed();
}

bool StreamSessions::followOutput(const QString &kind, const ObsSession::Output &output, std::optional<qint64> *open)
{
    const QDateTime now = m_history.now();
    if (!output.active && open->has_value()) {
        if (auto ended = m_table->end(**open, now); !ended)
            qCWarning(lcSessions).noquote() << ended.error().message;
        qCInfo(lcSessions) << kind << **open << "ended";
        open->reset();
        return true;
    }
    if (!output.active || open->has_value())
        return false;
    const QDateTime since = output.since.isValid() ? std::min(output.since, now) : now;
    const auto latest = m_table->latest(kind);
    if (latest && latest->has_value() && std::abs((*latest)->startedAt.msecsTo(since)) <= sameStartMs) {
        if (auto reopened = m_table->end((*latest)->id, {}); !reopened)
            qCWarning(lcSessions).noquote() << reopened.error().message;
        *open = (*latest)->id;
        qCInfo(lcSessions) << kind << **open << "goes on";
        return true;
    }
    const auto started = m_table->start(kind, since);
    if (!started) {
        qCWarning(lcSessions).noquote() << started.error().message;
        return false;
    }
    *open = started.value();
    qCInfo(lcSessions) << kind << **open << "started";
    return true;
}

#pragma once

#include "history/playedtrack.h"
#include "history/streamsession.h"
#include "obs/obssession.h"
#include "util/result.h"

#include <QObject>

#include <memory>
#include <optional>

class Database;
class PlayHistory;
class StreamSessionsTable;

// The streams and recordings OBS makes, kept as MelodyHue sees them start and stop, each with
// the tracks the play history holds between its two times: the setlist and the VOD's chapters.
// A session OBS still runs when MelodyHue connects again (after OBS's connection or MelodyHue
// itself went away) goes on as the same session; OBS's own count of its running time tells.
class StreamSessions : public QObject
{
    Q_OBJECT

public:
    StreamSessions(const ObsSession &obs, const PlayHistory &history, Database &database, QObject *parent = nullptr);
    ~StreamSessions() override;

    // Newest first.
    Result<QList<StreamSession>> newest(int limit) const;
    Result<std::optional<StreamSession>> find(qint64 id) const;
    const PlayHistory &history() const { return m_history; }
    // What played during `session`, oldest first.
    Result<QList<PlayedTrack>> tracksOf(const StreamSession &session) const;

    static QString streamKind() { return QStringLiteral("stream"); }
    static QString recordingKind() { return QStringLiteral("recording"); }

Q_SIGNALS:
    // A session started or ended.
    void changed();

private:
    void follow();
    bool followOutput(const QString &kind, const ObsSession::Output &output, std::optional<qint64> *open);
    void closeUnfinished();

    const ObsSession &m_obs;
    const PlayHistory &m_history;
    std::unique_ptr<StreamSessionsTable> m_table;
    std::optional<qint64> m_openStream;
    std::optional<qint64> m_openRecording;
};

#pragma once

#include "history/playedtrack.h"
#include "util/result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class Database;
class NowPlaying;
class PlayHistoryTable;
class Settings;
struct PlaybackState;

// What played, kept as it plays: a track starts when it plays and ends when another one starts
// or the music stops; a pause and resume of the same track is one play. Ads are not kept. Tracks
// older than `history_days` are forgotten; one left playing by a killed process is closed at
// the next start. The setlist, VOD chapters, /recent.txt and /api/history read it.
class PlayHistory : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    PlayHistory(const NowPlaying &nowPlaying, Database &database, const Settings &settings, Clock clock = {},
        QObject *parent = nullptr);
    // The track playing ends now.
    ~PlayHistory() override;

    // Newest first, at most `limit`, started at or after `since` when valid.
    Result<QList<PlayedTrack>> newest(int limit, const QDateTime &since = {}) const;
    // Oldest first, what played between `from` and `to` (invalid: until now).
    Result<QList<PlayedTrack>> between(const QDateTime &from, const QDateTime &to) const;
    // The track playing now, as written.
    std::optional<PlayedTrack> current() const;
    QDateTime now() const { return m_clock(); }
    // What a state plays, as the history keeps it; nullopt when nothing plays (or an ad).
    static std::optional<PlayedTrack> playedOf(const PlaybackState &state);

Q_SIGNALS:
    // A track started or ended.
    void changed();

private:
    void follow();
    void endCurrent(const QDateTime &when);
    void forgetOld();
    static void report(const Error &error);
    static bool isSameTrack(const PlayedTrack &played, const PlayedTrack &candidate);

    const NowPlaying &m_nowPlaying;
    const Settings &m_settings;
    std::unique_ptr<PlayHistoryTable> m_table;
    Clock m_clock;
    QTimer m_forgetTimer;
    // The last track that played; it ended when m_current->endedAt is valid.
    std::optional<PlayedTrack> m_current;
};

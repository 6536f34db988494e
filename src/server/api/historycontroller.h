#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class NowPlaying;
class PlayHistory;
class RouteTable;
class Settings;
struct PlayedTrack;

// What played, for chat bots and tools: GET /now.txt (the track playing, in one line of the
// `output_pattern`, empty when nothing plays) and GET /recent.txt (the last five, the one
// playing first), public and plain UTF-8 like /infos; GET /api/history?since=&limit= (private),
// newest first.
class HistoryController
{
    Q_DECLARE_TR_FUNCTIONS(HistoryController)

public:
    HistoryController(const PlayHistory &history, const NowPlaying &nowPlaying, const Settings &settings);
    void registerRoutes(RouteTable &routes) const;

    static QJsonObject describe(const PlayedTrack &track);
    static constexpr int recentCount = 5;
    static constexpr int defaultLimit = 100;
    static constexpr int maximumLimit = 1000;

private:
    QString line(const PlayedTrack &track) const;

    const PlayHistory &m_history;
    const NowPlaying &m_nowPlaying;
    const Settings &m_settings;
};

#pragma once

#include "media/mediasessions.h"

#include <QString>

#include <memory>
#include <vector>

class CoverCache;
class Database;
class HttpClient;
class NowPlaying;
class NowPlayingPoller;
class NowPlayingTracker;
class ServiceRegistry;
class Settings;

// Everything that keeps NowPlaying live, built in one place for the application and the
// tests: the media players of this computer, a Web API poller per service that has a
// now-playing endpoint, the cover cache and the tracker that picks among them.
class NowPlayingPipeline
{
public:
    struct Parts {
        NowPlaying &nowPlaying;
        ServiceRegistry &services;
        Database &database;
        HttpClient &http;
        const Settings &settings;
        // The cover cache's folder, inside the data folder.
        QString coverFolder;
    };
    // `sessions` may be null: then only the Web APIs are followed.
    NowPlayingPipeline(const Parts &parts, std::unique_ptr<MediaSessions> sessions);
    ~NowPlayingPipeline();

    NowPlayingTracker &tracker() const { return *m_tracker; }
    CoverCache &covers() const { return *m_covers; }
    MediaSessions *sessions() const { return m_sessions.get(); }
    NowPlayingPoller *poller(const QString &service) const;

    // The operating system's media players (MPRIS on the session bus on Linux), or null.
    static std::unique_ptr<MediaSessions> systemSessions();

private:
    std::unique_ptr<MediaSessions> m_sessions;
    std::unique_ptr<CoverCache> m_covers;
    std::vector<std::unique_ptr<NowPlayingPoller>> m_pollers;
    std::unique_ptr<NowPlayingTracker> m_tracker;
};

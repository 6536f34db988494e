#include "nowplaying/nowplayingpipeline.h"

#include "media/mediasessions.h"
#include "nowplaying/covercache.h"
#include "nowplaying/nowplayingpoller.h"
#include "nowplaying/nowplayingtracker.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include "media/mprissessions.h"
#endif

NowPlayingPipeline::NowPlayingPipeline(const Parts &parts, std::unique_ptr<MediaSessions> sessions)
    : m_sessions(std::move(sessions))
    , m_covers(std::make_unique<CoverCache>(parts.database, parts.http, parts.coverFolder))
{
    QList<NowPlayingPoller *> pollers;
    for (ServiceAccount *account : parts.services.accounts()) {
        if (account->service().nowPlayingUrl().isEmpty())
            continue;
        m_pollers.push_back(std::make_unique<NowPlayingPoller>(*account, parts.settings));
        pollers << m_pollers.back().get();
    }
    m_tracker
        = std::make_unique<NowPlayingTracker>(parts.nowPlaying, m_sessions.get(), pollers, *m_covers, parts.settings);
}

NowPlayingPipeline::~NowPlayingPipeline()
{
    // The tracker listens to the others.
    m_tracker.reset();
}

NowPlayingPoller *NowPlayingPipeline::poller(const QString &service) const
{
    for (const auto &poller : m_pollers) {
        if (poller->account().id() == service)
            return poller.get();
    }
    return nullptr;
}

std::unique_ptr<MediaSessions> NowPlayingPipeline::systemSessions()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return std::make_unique<MprisSessions>(QDBusConnection::sessionBus());
#else
    return nullptr;
#endif
}

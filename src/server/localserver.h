#pragma once

#include "server/http/httpserver.h"
#include "server/http/serverlimits.h"
#include "util/result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class ApiKey;
class NowPlaying;
class RequestAuth;
class CallbackController;
class LiveFeed;
class ObsLink;
class OutputFiles;
class OverlayStore;
class OverlaysController;
class RouteTable;
class ServiceRegistry;
class ServicesController;
class Settings;
class SettingsController;
class StatusController;
class StatusDocuments;
class SyncController;
class DrivesController;
class SyncEngine;
class HistoryController;
class PlayHistory;
class SessionsController;
class StreamSessions;

// MelodyHue's HTTP server on 127.0.0.1: the public JSON that OBS and overlays read and the
// private API for automation, behind the guards of HttpConnection and RouteTable.
class LocalServer : public QObject
{
    Q_OBJECT

public:
    struct Services {
        Settings &settings;
        const NowPlaying &nowPlaying;
        const ApiKey &apiKey;
        ServiceRegistry &services;
        OverlayStore &overlays;
        ObsLink &obs;
        const OutputFiles &outputs;
        SyncEngine &sync;
        const PlayHistory &history;
        const StreamSessions &sessions;
        QString profileId;
    };

    explicit LocalServer(const Services &services, const ServerLimits &limits = {}, QObject *parent = nullptr);
    ~LocalServer() override;

    // Listens on 127.0.0.1:port (0 picks a free port). On success any previous listener is
    // closed; on failure the previous one keeps serving.
    Result<void> listen(quint16 port);
    // Stops listening and drops every connection (MelodyHue is quitting).
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress listenAddress() const;
    QUrl baseUrl() const;
    int openConnections() const;
    HttpServer::Load connectionLoad() const;
    // Clients of /ws.
    const LiveFeed &liveFeed() const { return *m_liveFeed; }

Q_SIGNALS:
    void listeningChanged();

private:
    ServerLimits m_limits;
    std::unique_ptr<StatusDocuments> m_documents;
    std::unique_ptr<LiveFeed> m_liveFeed;
    std::unique_ptr<RequestAuth> m_auth;
    std::unique_ptr<RouteTable> m_routes;
    std::unique_ptr<StatusController> m_status;
    std::unique_ptr<SettingsController> m_settingsRoutes;
    std::unique_ptr<HistoryController> m_historyRoutes;
    std::unique_ptr<SessionsController> m_sessionRoutes;
    std::unique_ptr<ServicesController> m_servicesRoutes;
    std::unique_ptr<CallbackController> m_callbackRoutes;
    std::unique_ptr<OverlaysController> m_overlayRoutes;
    std::unique_ptr<SyncController> m_syncRoutes;
    std::unique_ptr<DrivesController> m_driveRoutes;
    ServiceRegistry &m_services;
    std::unique_ptr<HttpServer> m_listener;
};

#include "server/localserver.h"

#include "overlays/overlaystore.h"
#include "providers/serviceregistry.h"
#include "server/api/callbackcontroller.h"
#include "server/api/drivescontroller.h"
#include "server/api/historycontroller.h"
#include "server/api/livefeed.h"
#include "server/api/overlayscontroller.h"
#include "server/api/requestauth.h"
#include "server/api/routetable.h"
#include "server/api/servicescontroller.h"
#include "server/api/sessionscontroller.h"
#include "server/api/settingscontroller.h"
#include "server/api/statuscontroller.h"
#include "server/api/statusdocuments.h"
#include "server/api/synccontroller.h"
#include "server/http/httpserver.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "melodyhue.server")

LocalServer::LocalServer(const Services &services, const ServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_documents(std::make_unique<StatusDocuments>(services.settings, services.nowPlaying))
    , m_liveFeed(std::make_unique<LiveFeed>())
    , m_auth(std::make_unique<RequestAuth>(services.apiKey))
    , m_routes(std::make_unique<RouteTable>(*m_auth))
    , m_status(std::make_unique<StatusController>(*m_documents, services.profileId))
    , m_settingsRoutes(std::make_unique<SettingsController>(services.settings, services.outputs))
    , m_historyRoutes(std::make_unique<HistoryController>(services.history, services.nowPlaying, services.settings))
    , m_sessionRoutes(std::make_unique<SessionsController>(services.sessions))
    , m_servicesRoutes(std::make_unique<ServicesController>(services.services, services.obs))
    , m_callbackRoutes(std::make_unique<CallbackController>(services.services))
    , m_overlayRoutes(std::make_unique<OverlaysController>(
          services.overlays, services.settings, services.nowPlaying, *m_documents, services.obs))
    , m_syncRoutes(std::make_unique<SyncController>(services.sync))
    , m_driveRoutes(std::make_unique<DrivesController>(services.sync))
    , m_services(services.services)
{
    connect(m_documents.get(), &StatusDocuments::infosChanged, m_liveFeed.get(), &LiveFeed::publish);
    // Open pages of an overlay load it again when it changes: the editor is live in OBS too.
    connect(&services.overlays, &OverlayStore::changed, m_liveFeed.get(), &LiveFeed::notifyOverlayChanged);
    m_status->registerRoutes(*m_routes);
    m_settingsRoutes->registerRoutes(*m_routes);
    m_historyRoutes->registerRoutes(*m_routes);
    m_sessionRoutes->registerRoutes(*m_routes);
    // Specific paths first: /api/services and /api/sync before /api/{service}.
    m_syncRoutes->registerRoutes(*m_routes);
    m_driveRoutes->registerRoutes(*m_routes);
    m_servicesRoutes->registerRoutes(*m_routes);
    m_callbackRoutes->registerRoutes(*m_routes);
    m_overlayRoutes->registerRoutes(*m_routes);
}

LocalServer::~LocalServer() = default;

Result<void> LocalServer::listen(quint16 port)
{
    auto listener = std::make_unique<HttpServer>(m_limits, *m_routes);
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        const bool inUse = listener->serverError() == QAbstractSocket::AddressInUseError;
        // Said without "where to change it": the window and the terminal each add their own.
        return Error{inUse ? tr("Port %1 on 127.0.0.1 is already used by another program.").arg(port)
                           : tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(listener->errorString()),
            ErrorKind::Unavailable};
    }
    listener->allowHostsForPort(listener->serverPort());
    connect(listener.get(), &HttpServer::webSocketConnected, m_liveFeed.get(),
        [this](WebSocketPeer *peer) { m_liveFeed->add(peer, m_documents->infosJson()); });
    m_auth->allowOriginsForPort(listener->serverPort());
    m_overlayRoutes->setPort(listener->serverPort());
    m_listener = std::move(listener);
    // Redirect URIs follow the port the server actually listens on.
    m_services.setCallbackBase(baseUrl());
    qCInfo(lcServer) << "listening on" << baseUrl().toString();
    Q_EMIT listeningChanged();
    return {};
}

void LocalServer::close()
{
    if (!m_listener)
        return;
    m_listener.reset();
    m_liveFeed->closeAll();
    qCInfo(lcServer) << "stopped listening";
    Q_EMIT listeningChanged();
}

bool LocalServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 LocalServer::port() const
{
    return isListening() ? m_listener->serverPort() : 0;
}

QHostAddress LocalServer::listenAddress() const
{
    return isListening() ? m_listener->serverAddress() : QHostAddress();
}

QUrl LocalServer::baseUrl() const
{
    return isListening() ? QUrl(u"http://127.0.0.1:%1"_s.arg(port())) : QUrl();
}

int LocalServer::openConnections() const
{
    return connectionLoad().connections;
}

HttpServer::Load LocalServer::connectionLoad() const
{
    return m_listener ? m_listener->load() : HttpServer::Load{};
}

#pragma once

#include "server/http/reply.h"

#include <QCoreApplication>
#include <QPointer>

#include <QCoroTask>

class NowPlaying;
class ObsLink;
class OverlayStore;
class RouteTable;
class Settings;
class StatusDocuments;
struct ApiRequest;

// The overlays: their private CRUD for automation (/overlays/…, and /overlays/{id}/obs to put
// one into OBS) and their public pages for OBS (/overlay/{id}, ?format=json, /overlay.js).
class OverlaysController
{
    Q_DECLARE_TR_FUNCTIONS(OverlaysController)

public:
    OverlaysController(OverlayStore &overlays, const Settings &settings, const NowPlaying &nowPlaying,
        const StatusDocuments &documents, ObsLink &obs);
    void registerRoutes(RouteTable &routes) const;
    // The pages' policy names the port that their /ws lives on.
    void setPort(quint16 port) { m_port = port; }

private:
    void registerPrivateRoutes(RouteTable &routes) const;
    void registerPages(RouteTable &routes) const;
    // Waits on OBS: what it uses is held weakly, MelodyHue may be quitting when it resumes.
    static QCoro::Task<Reply> addToObs(
        QPointer<OverlayStore> overlays, QPointer<ObsLink> obs, quint16 port, ApiRequest request);

    OverlayStore &m_overlays;
    const Settings &m_settings;
    const NowPlaying &m_nowPlaying;
    const StatusDocuments &m_documents;
    ObsLink &m_obs;
    quint16 m_port = 0;
};

#pragma once

#include <QCoreApplication>

class NowPlaying;
class OverlayStore;
class RouteTable;
class Settings;
class StatusDocuments;

// The overlays: their private CRUD for automation (/overlays/…) and their public pages for
// OBS (/overlay/{id}, /overlay/{id}?format=json, /overlay.js).
class OverlaysController
{
    Q_DECLARE_TR_FUNCTIONS(OverlaysController)

public:
    OverlaysController(OverlayStore &overlays, const Settings &settings, const NowPlaying &nowPlaying,
        const StatusDocuments &documents);
    void registerRoutes(RouteTable &routes) const;
    // The pages' policy names the port that their /ws lives on.
    void setPort(quint16 port) { m_port = port; }

private:
    void registerPrivateRoutes(RouteTable &routes) const;
    void registerPages(RouteTable &routes) const;

    OverlayStore &m_overlays;
    const Settings &m_settings;
    const NowPlaying &m_nowPlaying;
    const StatusDocuments &m_documents;
    quint16 m_port = 0;
};

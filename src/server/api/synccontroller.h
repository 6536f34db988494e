#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class RouteTable;
class SyncEngine;
struct SyncStatus;

// The sync of liked tracks for automation: POST /api/sync ({"action":"start"|"pause"|"resume"};
// an empty body starts a sync) and GET /api/sync/status.
class SyncController
{
    Q_DECLARE_TR_FUNCTIONS(SyncController)

public:
    explicit SyncController(SyncEngine &sync);
    void registerRoutes(RouteTable &routes) const;

    static QJsonObject describe(const SyncStatus &status);

private:
    SyncEngine &m_sync;
};

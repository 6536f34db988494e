#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class RouteTable;
class SyncEngine;
struct DriveState;

// The sync's destinations: GET /api/drives, POST /api/drives {"path"}, DELETE /api/drives/{id}.
class DrivesController
{
    Q_DECLARE_TR_FUNCTIONS(DrivesController)

public:
    explicit DrivesController(SyncEngine &sync);
    void registerRoutes(RouteTable &routes) const;

    static QJsonObject describe(const DriveState &drive);

private:
    SyncEngine &m_sync;
};

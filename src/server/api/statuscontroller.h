#pragma once

#include <QCoreApplication>
#include <QString>

class RouteTable;
class StatusDocuments;

// The public, read-only routes OBS and overlays use: /health, /color, /infos, /cover and /ws.
class StatusController
{
    Q_DECLARE_TR_FUNCTIONS(StatusController)

public:
    StatusController(const StatusDocuments &documents, QString profileId);
    void registerRoutes(RouteTable &routes) const;

private:
    bool isOwnProfile(const QString &profile) const;

    const StatusDocuments &m_documents;
    QString m_profileId;
};

#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class RouteTable;
class StreamSessions;
struct StreamSession;

// The streams and recordings seen through OBS, for tools (private): GET /api/sessions (newest
// first), GET /api/sessions/{id}/chapters (the text YouTube reads as chapters) and
// GET /api/sessions/{id}/setlist.csv.
class SessionsController
{
    Q_DECLARE_TR_FUNCTIONS(SessionsController)

public:
    explicit SessionsController(const StreamSessions &sessions);
    void registerRoutes(RouteTable &routes) const;

    static constexpr int listed = 100;

private:
    QJsonObject describe(const StreamSession &session) const;

    const StreamSessions &m_sessions;
};

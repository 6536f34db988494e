#include "server/api/synccontroller.h"

#include "server/api/drivescontroller.h"
#include "server/api/jsonfields.h"
#include "server/api/routetable.h"
#include "sync/syncengine.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;

namespace {

QString stateName(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Idle:
        return u"idle"_s;
    case SyncStatus::State::Running:
        return u"running"_s;
    case SyncStatus::State::Paused:
        return u"paused"_s;
    case SyncStatus::State::Waiting:
        return u"waiting"_s;
    case SyncStatus::State::Error:
        return u"error"_s;
    }
    return u"idle"_s;
}

} // namespace

SyncController::SyncController(SyncEngine &sync)
    : m_sync(sync)
{ }

QJsonObject SyncController::describe(const SyncStatus &status)
{
    QJsonObject liked;
    for (auto it = status.liked.cbegin(); it != status.liked.cend(); ++it)
        liked.insert(it.key(), it.value());
    QJsonArray drives;
    for (const DriveState &drive : status.drives)
        drives.append(DrivesController::describe(drive));
    return {
        {u"state"_s, stateName(status.state)},
        {u"step"_s, textOrNull(status.step)},
        {u"progress"_s, QJsonObject{{u"done"_s, status.done}, {u"total"_s, status.total}}},
        {u"liked"_s, liked},
        {u"added"_s, status.added},
        {u"unliked"_s, status.unliked},
        {u"last_sync"_s, timeOrNull(status.lastSync)},
        {u"next_sync"_s, timeOrNull(status.nextSync)},
        {u"resumes_at"_s, timeOrNull(status.resumesAt)},
        {u"last_error"_s, textOrNull(status.lastError)},
        {u"notice"_s, textOrNull(status.notice)},
        {u"music_files"_s, status.musicFiles},
        {u"with_audio"_s, status.withAudio},
        {u"without_audio"_s, status.withoutAudio},
        {u"failed"_s, status.failed},
        {u"drives"_s, drives},
    };
}

void SyncController::registerRoutes(RouteTable &routes) const
{
    routes.add(u"/api/sync/status"_s, RouteTable::Access::Private,
        {RouteTable::now(Method::Get, [this](const ApiRequest &) { return Reply::json(describe(m_sync.status())); })});
    routes.add(
        u"/api/sync"_s, RouteTable::Access::Private, {RouteTable::now(Method::Post, [this](const ApiRequest &request) {
            const QString usage = tr("Send {\"action\":\"start\"}, {\"action\":\"pause\"} or {\"action\":\"resume\"}; "
                                     "an empty body starts a sync.");
            QString action = u"start"_s;
            if (request.body.isObject())
                action = request.body.toObject().value(u"action"_s).toString();
            else if (!request.body.isNull() && !request.body.isUndefined())
                return Reply::error(400, usage);
            Result<void> done;
            if (action == u"start"_s)
                m_sync.start();
            else if (action == u"pause"_s)
                done = m_sync.pause();
            else if (action == u"resume"_s)
                done = m_sync.resume();
            else
                return Reply::error(400, usage);
            if (!done)
                return Reply::error(500, done.errorMessage());
            return Reply::json(describe(m_sync.status()));
        })});
}

#include "server/api/drivescontroller.h"

#include "server/api/errorreply.h"
#include "server/api/jsonfields.h"
#include "server/api/routetable.h"
#include "sync/syncengine.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;

DrivesController::DrivesController(SyncEngine &sync)
    : m_sync(sync)
{ }

QJsonObject DrivesController::describe(const DriveState &drive)
{
    return {
        {u"id"_s, drive.id},
        {u"path"_s, drive.path},
        {u"label"_s, drive.label},
        {u"mounted"_s, drive.mounted},
        {u"total_bytes"_s, drive.mounted ? QJsonValue(drive.totalBytes) : QJsonValue()},
        {u"free_bytes"_s, drive.mounted ? QJsonValue(drive.freeBytes) : QJsonValue()},
        {u"tracks_present"_s, drive.present},
        {u"tracks_missing"_s, drive.missing},
        {u"failed"_s, drive.failed},
        {u"problem"_s, textOrNull(drive.problem)},
    };
}

void DrivesController::registerRoutes(RouteTable &routes) const
{
    routes.add(u"/api/drives"_s, RouteTable::Access::Private,
        {RouteTable::now(Method::Get,
             [this](const ApiRequest &) {
                 QJsonArray drives;
                 for (const DriveState &drive : m_sync.status().drives)
                     drives.append(describe(drive));
                 return Reply::json(drives);
             }),
            RouteTable::now(Method::Post, [this](const ApiRequest &request) {
                const QJsonValue path = request.body.toObject().value(u"path"_s);
                if (!path.isString())
                    return Reply::error(400, tr("Send {\"path\": \"the folder’s full path\"}."));
                const auto added = m_sync.addDrive(path.toString());
                return added ? Reply::json(describe(added.value()), 201) : errorReply(added.error());
            })});
    routes.add(u"/api/drives/<arg>"_s, RouteTable::Access::Private,
        {RouteTable::now(Method::Delete, [this](const ApiRequest &request) {
            bool number = false;
            const qint64 id = request.argument.toLongLong(&number);
            const auto removed = number ? m_sync.removeDrive(id) : Result<void>(Error{{}, ErrorKind::NotFound});
            if (!removed)
                return removed.error().message.isEmpty() ? Reply::error(404, tr("There is no such drive."))
                                                         : errorReply(removed.error());
            Reply reply;
            reply.status = 204;
            return reply;
        })});
}

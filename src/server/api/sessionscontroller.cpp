#include "server/api/sessionscontroller.h"

#include "history/chapters.h"
#include "history/streamsessions.h"
#include "server/api/errorreply.h"
#include "server/api/jsonfields.h"
#include "server/api/routetable.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;
using Access = RouteTable::Access;

SessionsController::SessionsController(const StreamSessions &sessions)
    : m_sessions(sessions)
{ }

QJsonObject SessionsController::describe(const StreamSession &session) const
{
    const auto tracks = m_sessions.tracksOf(session);
    return {
        {u"id"_s, session.id},
        {u"kind"_s, session.kind},
        {u"started_at"_s, timeOrNull(session.startedAt)},
        {u"ended_at"_s, timeOrNull(session.endedAt)},
        {u"tracks"_s, tracks ? tracks->size() : 0},
    };
}

void SessionsController::registerRoutes(RouteTable &routes) const
{
    routes.add(u"/api/sessions"_s, Access::Private, {RouteTable::now(Method::Get, [this](const ApiRequest &) {
        const auto sessions = m_sessions.newest(listed);
        if (!sessions)
            return errorReply(sessions.error());
        QJsonArray array;
        for (const StreamSession &session : sessions.value())
            array.append(describe(session));
        return Reply::json(array);
    })});

    // The session of the path with its tracks, or the answer that says why not.
    const auto withTracks = [this](const QString &argument,
                                const std::function<Reply(const StreamSession &, const QList<PlayedTrack> &)> &answer) {
        bool number = false;
        const qint64 id = argument.toLongLong(&number);
        const auto session = number ? m_sessions.find(id) : Result<std::optional<StreamSession>>(std::nullopt);
        if (!session)
            return errorReply(session.error());
        if (!session->has_value())
            return Reply::error(404, tr("There is no stream or recording %1.").arg(argument));
        const auto tracks = m_sessions.tracksOf(**session);
        if (!tracks)
            return errorReply(tracks.error());
        return answer(**session, tracks.value());
    };
    routes.add(u"/api/sessions/<arg>/chapters"_s, Access::Private,
        {RouteTable::now(Method::Get, [withTracks](const ApiRequest &request) {
            return withTracks(request.argument, [](const StreamSession &session, const QList<PlayedTrack> &tracks) {
                return Reply::text(Chapters::text(Chapters::of(session.startedAt, tracks)));
            });
        })});
    routes.add(u"/api/sessions/<arg>/setlist.csv"_s, Access::Private,
        {RouteTable::now(Method::Get, [withTracks](const ApiRequest &request) {
            return withTracks(request.argument, [](const StreamSession &session, const QList<PlayedTrack> &tracks) {
                Reply reply;
                reply.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
                reply.body = Chapters::setlistCsv(session.startedAt, tracks);
                return std::move(reply).withHeader(QByteArrayLiteral("Content-Disposition"),
                    QByteArrayLiteral("attachment; filename=\"setlist-") + QByteArray::number(session.id) + ".csv\"");
            });
        })});
}

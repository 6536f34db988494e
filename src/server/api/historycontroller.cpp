#include "server/api/historycontroller.h"

#include "history/playhistory.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/nowplayingline.h"
#include "server/api/errorreply.h"
#include "server/api/jsonfields.h"
#include "server/api/routetable.h"
#include "settings/settings.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;
using Access = RouteTable::Access;

HistoryController::HistoryController(const PlayHistory &history, const NowPlaying &nowPlaying, const Settings &settings)
    : m_history(history)
    , m_nowPlaying(nowPlaying)
    , m_settings(settings)
{ }

QString HistoryController::line(const PlayedTrack &track) const
{
    return nowPlayingLine(m_settings.outputPattern(), track.title, track.artists, track.album);
}

QJsonObject HistoryController::describe(const PlayedTrack &track)
{
    return {
        {u"id"_s, track.id},
        {u"started_at"_s, timeOrNull(track.startedAt)},
        {u"ended_at"_s, timeOrNull(track.endedAt)},
        {u"source"_s, track.source},
        {u"reporter"_s, track.reporter},
        {u"service"_s, textOrNull(track.service)},
        {u"type"_s, track.type},
        {u"uri"_s, textOrNull(track.uri)},
        {u"title"_s, track.title},
        {u"artists"_s, QJsonArray::fromStringList(track.artists)},
        {u"album"_s, track.album},
        {u"duration_ms"_s, track.durationMs},
        {u"stream_safe"_s, track.streamSafe ? QJsonValue(*track.streamSafe) : QJsonValue(QJsonValue::Null)},
        {u"muted"_s, track.muted},
    };
}

void HistoryController::registerRoutes(RouteTable &routes) const
{
    routes.add(u"/now.txt"_s, Access::Public, {RouteTable::now(Method::Get, [this](const ApiRequest &) {
        const auto playing = PlayHistory::playedOf(m_nowPlaying.state());
        return Reply::text(playing ? line(*playing) : QString());
    })});

    routes.add(u"/recent.txt"_s, Access::Public, {RouteTable::now(Method::Get, [this](const ApiRequest &) {
        const auto recent = m_history.newest(recentCount);
        if (!recent)
            return errorReply(recent.error());
        QStringList lines;
        for (const PlayedTrack &track : recent.value())
            lines.append(line(track));
        return Reply::text(lines.join(u'\n'));
    })});

    routes.add(u"/api/history"_s, Access::Private, {RouteTable::now(Method::Get, [this](const ApiRequest &request) {
        const QUrlQuery query = request.query();
        QDateTime since;
        if (query.hasQueryItem(u"since"_s)) {
            const QString text = query.queryItemValue(u"since"_s, QUrl::FullyDecoded);
            since = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!since.isValid() || text.size() > 40)
                return Reply::error(400, tr("“since” must be a time in ISO 8601, e.g. 2026-12-08T20:00:00Z."));
        }
        int limit = defaultLimit;
        if (query.hasQueryItem(u"limit"_s)) {
            bool number = false;
            limit = query.queryItemValue(u"limit"_s).toInt(&number);
            if (!number || limit < 1 || limit > maximumLimit)
                return Reply::error(400, tr("“limit” must be a whole number from 1 to %1.").arg(maximumLimit));
        }
        const auto tracks = m_history.newest(limit, since);
        if (!tracks)
            return errorReply(tracks.error());
        QJsonArray array;
        for (const PlayedTrack &track : tracks.value())
            array.append(describe(track));
        return Reply::json(array);
    })});
}

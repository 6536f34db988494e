#include "server/api/overlayscontroller.h"

#include "nowplaying/nowplaying.h"
#include "nowplaying/overlaycolors.h"
#include "obs/obslink.h"
#include "overlays/overlayjson.h"
#include "overlays/overlaystore.h"
#include "server/api/errorreply.h"
#include "server/api/routetable.h"
#include "server/api/statusdocuments.h"
#include "server/overlays/overlaypage.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;
using Access = RouteTable::Access;

namespace {

Reply overlayReply(const Result<Overlay> &overlay, int status = 200)
{
    return overlay ? Reply::json(OverlayJson::toJson(*overlay), status) : errorReply(overlay.error());
}

} // namespace

OverlaysController::OverlaysController(OverlayStore &overlays, const Settings &settings, const NowPlaying &nowPlaying,
    const StatusDocuments &documents, ObsLink &obs)
    : m_overlays(overlays)
    , m_settings(settings)
    , m_nowPlaying(nowPlaying)
    , m_documents(documents)
    , m_obs(obs)
{ }

void OverlaysController::registerRoutes(RouteTable &routes) const
{
    registerPrivateRoutes(routes);
    registerPages(routes);
}

void OverlaysController::registerPrivateRoutes(RouteTable &routes) const
{
    const auto objectBody = [](const ApiRequest &request, QJsonObject *fields) {
        if (!request.body.isObject() && !request.body.isUndefined())
            return false;
        *fields = request.body.toObject();
        return true;
    };
    const auto notAnObject = [] {
        return Reply::error(
            400, tr("Send the overlay as a JSON object, e.g. {\"name\":\"Stream\",\"template\":\"default\"}."));
    };

    const auto list = RouteTable::now(Method::Get, [this](const ApiRequest &) {
        const auto overlays = m_overlays.list();
        if (!overlays)
            return errorReply(overlays.error());
        QJsonArray array;
        for (const Overlay &overlay : *overlays)
            array.append(OverlayJson::toJson(overlay));
        return Reply::json(array);
    });
    const auto create = RouteTable::now(Method::Post, [this, objectBody, notAnObject](const ApiRequest &request) {
        QJsonObject fields;
        if (!objectBody(request, &fields))
            return notAnObject();
        return overlayReply(m_overlays.create(fields), 201);
    });
    routes.add(u"/overlays"_s, Access::Private, {list, create});
    routes.add(u"/overlays/"_s, Access::Private, {list, create});

    routes.add(u"/overlays/<arg>/duplicate"_s, Access::Private,
        {RouteTable::now(Method::Post, [this, objectBody, notAnObject](const ApiRequest &request) {
            QJsonObject changes;
            if (!objectBody(request, &changes))
                return notAnObject();
            return overlayReply(m_overlays.duplicate(request.argument, changes), 201);
        })});

    routes.add(u"/overlays/<arg>/obs"_s, Access::Private, {RouteTable::later(Method::Post, [this](ApiRequest request) {
        return addToObs(QPointer<OverlayStore>(&m_overlays), QPointer<ObsLink>(&m_obs), m_port, std::move(request));
    })});

    routes.add(u"/overlays/<arg>"_s, Access::Private,
        {RouteTable::now(Method::Get,
             [this](const ApiRequest &request) { return overlayReply(m_overlays.find(request.argument)); }),
            RouteTable::now(Method::Patch,
                [this, objectBody, notAnObject](const ApiRequest &request) {
                    QJsonObject changes;
                    if (!objectBody(request, &changes) || request.body.isUndefined())
                        return notAnObject();
                    return overlayReply(m_overlays.update(request.argument, changes));
                }),
            RouteTable::now(Method::Delete, [this](const ApiRequest &request) {
                const auto removed = m_overlays.remove(request.argument);
                if (!removed)
                    return errorReply(removed.error());
                Reply reply;
                reply.status = 204;
                return reply;
            })});
}

QCoro::Task<Reply> OverlaysController::addToObs(
    QPointer<OverlayStore> overlays, QPointer<ObsLink> obs, quint16 port, ApiRequest request)
{
    const QJsonValue scene = request.body.toObject().value(u"scene"_s);
    if (!scene.isString() || scene.toString().isEmpty())
        co_return Reply::error(400, tr("scene: name the OBS scene to add the overlay to, e.g. {\"scene\":\"Scene\"}."));
    const auto overlay = overlays->find(request.argument);
    if (!overlay)
        co_return errorReply(overlay.error());
    const QUrl url(u"http://127.0.0.1:%1/overlay/%2"_s.arg(port).arg(overlay->id));
    const QString source = ObsLink::sourceName(overlay->name);
    const QSize size(overlay->options.width, overlay->options.height);
    const QString sceneName = scene.toString();
    const auto placed = co_await obs->addBrowserSource(sceneName, source, url, size);
    if (!obs)
        co_return Reply::error(503, tr("MelodyHue is shutting down."));
    if (!placed)
        co_return errorReply(placed.error());
    co_return Reply::json(
        QJsonObject{{u"scene"_s, placed->scene}, {u"source"_s, placed->source}, {u"created"_s, placed->created},
            {u"url"_s, url.toString()}, {u"width"_s, size.width()}, {u"height"_s, size.height()}});
}

void OverlaysController::registerPages(RouteTable &routes) const
{
    routes.add(u"/overlay.js"_s, Access::Public, {RouteTable::now(Method::Get, [](const ApiRequest &) {
        Reply reply;
        reply.contentType = QByteArrayLiteral("text/javascript; charset=utf-8");
        reply.body = OverlayPage::script();
        return reply;
    })});

    routes.add(u"/overlay/<arg>"_s, Access::Public, {RouteTable::now(Method::Get, [this](const ApiRequest &request) {
        const auto overlay = m_overlays.find(request.argument);
        if (!overlay)
            return errorReply(overlay.error());
        const QString format = request.query().queryItemValue(u"format"_s);
        if (format == u"json"_s)
            return Reply::json(OverlayJson::publicJson(*overlay));
        if (!format.isEmpty() && format != u"html"_s)
            return Reply::error(400, tr("format: use json, or leave it out for the page."));
        const PlaybackState &state = m_nowPlaying.state();
        const auto values = OverlayPage::values(
            state, OverlayColors::resolve(state, m_settings), overlay->options, m_documents.coverPath());
        Reply page = Reply::html(OverlayPage::render(*overlay, values, state));
        page.headers = {{QByteArrayLiteral("Content-Security-Policy"), OverlayPage::contentSecurityPolicy(m_port)}};
        return page;
    })});
}

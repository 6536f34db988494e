#pragma once

#include "server/http/httprequest.h"
#include "server/http/reply.h"
#include "server/http/requesthandler.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <QCoroTask>

#include <functional>
#include <variant>

class RequestAuth;

// What a route handler receives, owned so that an asynchronous handler may keep it: the
// {placeholder} of the path if it has one, the query, and the JSON body already checked.
struct ApiRequest {
    QString argument;
    QUrl url;
    QJsonValue body;

    QUrlQuery query() const { return QUrlQuery(url); }
};

// MelodyHue's routes and the checks they share: 404 for unknown paths, 405 with Allow for other
// methods (HEAD is answered wherever GET is), the Origin and API-key checks for private routes,
// JSON-only bodies (415), parse errors as 400. Handlers answer at once or, for work that waits
// on the network or the keychain, later.
class RouteTable : public RequestHandler
{
    Q_DECLARE_TR_FUNCTIONS(RouteTable)

public:
    enum class Access { Public, Private };
    using Method = HttpRequest::Method;
    using Handler = std::function<Reply(const ApiRequest &)>;
    using AsyncHandler = std::function<QCoro::Task<Reply>(ApiRequest)>;
    struct Endpoint {
        Method method;
        Handler handler;
        AsyncHandler asyncHandler;
    };
    static Endpoint now(Method method, Handler handler) { return {method, std::move(handler), {}}; }
    static Endpoint later(Method method, AsyncHandler handler) { return {method, {}, std::move(handler)}; }

    explicit RouteTable(const RequestAuth &auth);

    // `path` may hold one "<arg>" segment, e.g. "/color/<arg>". The first route that matches wins.
    void add(const QString &path, Access access, QList<Endpoint> endpoints);

    // `path` takes WebSocket handshakes from this site's pages and from programs (no Origin),
    // after the checks of its GET route; its other requests go to its routes like any other.
    void addWebSocket(const QString &path);

    void handleRequest(const HttpRequest &request, HttpResponder responder) override;
    bool isWebSocketHandshake(const HttpRequest &request) const override;

private:
    struct Route {
        QByteArrayList segments;
        Access access;
        QList<Endpoint> endpoints;
    };

    const Route *match(QByteArrayView path, QString *argument) const;
    std::variant<ApiRequest, Reply> prepare(
        const Route &route, const HttpRequest &request, const QString &argument, const Endpoint **endpoint) const;

    const RequestAuth &m_auth;
    QList<Route> m_routes;
    QByteArrayList m_webSocketPaths;
};

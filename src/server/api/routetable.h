#pragma once

#include "server/http/reply.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <QCoroTask>

#include <functional>

class QHttpServer;
class QHttpServerResponder;
class QTcpSocket;
class RequestAuth;

// What a route handler receives, owned so that an asynchronous handler may keep it: the
// {placeholder} of the path if it has one, the query, and the JSON body already checked.
struct ApiRequest {
    QString argument;
    QUrl url;
    QJsonValue body;

    QUrlQuery query() const { return QUrlQuery(url); }
};

// Registers MelodyHue's routes on QHttpServer with the checks they share: 405 with Allow for
// other methods, the Origin and API-key checks for private routes, JSON-only bodies (415),
// parse errors as 400. Handlers answer at once or, for work that waits on the network or the
// keychain, later: the answer is written to the connection if it is still open.
class RouteTable
{
    Q_DECLARE_TR_FUNCTIONS(RouteTable)

public:
    enum class Access { Public, Private };
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<Reply(const ApiRequest &)>;
    using AsyncHandler = std::function<QCoro::Task<Reply>(ApiRequest)>;
    struct Endpoint {
        Method method;
        Handler handler;
        AsyncHandler asyncHandler;
    };
    static Endpoint now(Method method, Handler handler) { return {method, std::move(handler), {}}; }
    static Endpoint later(Method method, AsyncHandler handler) { return {method, {}, std::move(handler)}; }

    RouteTable(QHttpServer &server, const RequestAuth &auth);

    // `path` may hold one "<arg>" placeholder, e.g. "/color/<arg>".
    void add(const QString &path, Access access, QList<Endpoint> endpoints);
    // Answers requests no route matched.
    void setNotFoundReply();

    static void send(QTcpSocket *socket, const Reply &reply);

private:
    void dispatch(const QList<Endpoint> &endpoints, Access access, const QHttpServerRequest &request,
        const QString &argument, QTcpSocket *socket) const;
    std::variant<ApiRequest, Reply> prepare(const QList<Endpoint> &endpoints, Access access,
        const QHttpServerRequest &request, const QString &argument, const Endpoint **endpoint) const;

    QHttpServer &m_server;
    const RequestAuth &m_auth;
};

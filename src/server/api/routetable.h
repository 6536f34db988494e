#pragma once

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

class QHttpServer;
class RequestAuth;

// What a route handler receives: the request, the {placeholder} of its path if it has one,
// and the JSON body already checked and parsed.
struct ApiRequest {
    const QHttpServerRequest &http;
    QString argument;
    QJsonValue body;
};

// Registers MelodyHue's routes on QHttpServer with the checks they share: 405 with Allow for
// other methods, the Origin and API-key checks for private routes, JSON-only bodies (415),
// parse errors as 400, and the safety headers on every answer.
class RouteTable
{
    Q_DECLARE_TR_FUNCTIONS(RouteTable)

public:
    enum class Access { Public, Private };
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<QHttpServerResponse(const ApiRequest &)>;
    struct Endpoint {
        Method method;
        Handler handler;
    };

    RouteTable(QHttpServer &server, const RequestAuth &auth);

    // `path` may hold one "<arg>" placeholder, e.g. "/color/<arg>".
    void add(const QString &path, Access access, QList<Endpoint> endpoints);

private:
    QHttpServerResponse dispatch(const QList<Endpoint> &endpoints, Access access, const QHttpServerRequest &request,
        const QString &argument) const;

    QHttpServer &m_server;
    const RequestAuth &m_auth;
};

#include "server/api/statuscontroller.h"

#include "overlays/attribution.h"
#include "server/api/routetable.h"
#include "server/api/statusdocuments.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;
using Access = RouteTable::Access;

StatusController::StatusController(const StatusDocuments &documents, QString profileId)
    : m_documents(documents)
    , m_profileId(std::move(profileId))
{ }

bool StatusController::isOwnProfile(const QString &profile) const
{
    return profile == u"me"_s || profile == m_profileId;
}

void StatusController::registerRoutes(RouteTable &routes) const
{
    routes.add(u"/health"_s, Access::Public,
        {RouteTable::now(Method::Get, [this](const ApiRequest &) { return m_documents.health(); })});

    const auto profileRoute = [this](Reply (StatusDocuments::*document)() const) {
        return RouteTable::now(Method::Get, [this, document](const ApiRequest &request) {
            if (!request.argument.isNull() && !isOwnProfile(request.argument))
                return Reply::error(404, tr("There is no profile \"%1\" here; use \"me\".").arg(request.argument));
            return (m_documents.*document)();
        });
    };
    routes.add(u"/color"_s, Access::Public, {profileRoute(&StatusDocuments::color)});
    routes.add(u"/color/<arg>"_s, Access::Public, {profileRoute(&StatusDocuments::color)});
    routes.add(u"/infos"_s, Access::Public, {profileRoute(&StatusDocuments::infos)});
    routes.add(u"/infos/<arg>"_s, Access::Public, {profileRoute(&StatusDocuments::infos)});
    routes.add(u"/cover"_s, Access::Public, {profileRoute(&StatusDocuments::cover)});
    routes.add(u"/cover/<arg>"_s, Access::Public, {profileRoute(&StatusDocuments::cover)});

    // The logos overlays credit the music services with (Attribution).
    routes.add(u"/logos/<arg>"_s, Access::Public, {RouteTable::now(Method::Get, [](const ApiRequest &request) {
        QFile logo(Attribution::logoResource(request.argument));
        if (logo.fileName().isEmpty() || !logo.open(QIODevice::ReadOnly))
            return Reply::error(404, tr("There is no logo named \"%1\".").arg(request.argument));
        Reply reply;
        reply.contentType = QByteArrayLiteral("image/svg+xml");
        reply.body = logo.readAll();
        // An SVG is a document: this one may run and load nothing.
        return std::move(reply).withHeader(QByteArrayLiteral("Content-Security-Policy"),
            QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'"));
    })});

    // A handshake is answered by RouteTable once this route's checks pass; what reaches the
    // handler is a plain request.
    routes.addWebSocket(u"/ws"_s);
    routes.add(u"/ws"_s, Access::Public, {RouteTable::now(Method::Get, [](const ApiRequest &) {
        return Reply::error(426, tr("/ws is a WebSocket: connect with ws://, from MelodyHue’s own pages or a program."))
            .withHeader(QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket"));
    })});
}

#include "server/api/statuscontroller.h"

#include "server/api/routetable.h"
#include "server/api/statusdocuments.h"
#include "server/http/httpresponses.h"

using namespace Qt::Literals::StringLiterals;
using Method = QHttpServerRequest::Method;
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
        {{Method::Get, [this](const ApiRequest &) { return HttpResponses::jsonBytes(m_documents.health()); }}});

    const auto profileRoute = [this](QByteArray (StatusDocuments::*document)() const) {
        return [this, document](const ApiRequest &request) {
            if (!request.argument.isNull() && !isOwnProfile(request.argument)) {
                return HttpResponses::error(QHttpServerResponder::StatusCode::NotFound,
                    tr("There is no profile \"%1\" here; use \"me\".").arg(request.argument));
            }
            return HttpResponses::jsonBytes((m_documents.*document)());
        };
    };
    routes.add(u"/color"_s, Access::Public, {{Method::Get, profileRoute(&StatusDocuments::color)}});
    routes.add(u"/color/<arg>"_s, Access::Public, {{Method::Get, profileRoute(&StatusDocuments::color)}});
    routes.add(u"/infos"_s, Access::Public, {{Method::Get, profileRoute(&StatusDocuments::infos)}});
    routes.add(u"/infos/<arg>"_s, Access::Public, {{Method::Get, profileRoute(&StatusDocuments::infos)}});
}

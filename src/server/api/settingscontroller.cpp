#include "server/api/settingscontroller.h"

#include "nowplaying/outputfiles.h"

#include "server/api/jsonfields.h"
#include "server/api/routetable.h"
#include "settings/settings.h"

using namespace Qt::Literals::StringLiterals;
using Method = RouteTable::Method;

SettingsController::SettingsController(Settings &settings, const OutputFiles &outputs)
    : m_settings(settings)
    , m_outputs(outputs)
{ }

void SettingsController::registerRoutes(RouteTable &routes) const
{
    const auto get = [this](const ApiRequest &) { return Reply::json(m_settings.publicJson()); };
    const auto patch = [this](const ApiRequest &request) {
        if (!request.body.isObject()) {
            return Reply::error(400,
                tr("Send a JSON object of the settings to change, e.g. "
                   "{\"default_overlay_color\":\"#1db954\"}."));
        }
        if (const auto updated = m_settings.update(request.body.toObject()); !updated)
            return Reply::error(400, updated.errorMessage());
        return Reply::json(m_settings.publicJson());
    };
    routes.add(u"/settings/me"_s, RouteTable::Access::Private,
        {RouteTable::now(Method::Get, get), RouteTable::now(Method::Patch, patch)});
    routes.add(
        u"/api/outputs"_s, RouteTable::Access::Private, {RouteTable::now(Method::Get, [this](const ApiRequest &) {
            const QString problem = m_outputs.problem();
            return Reply::json(QJsonObject{
                {u"folder"_s, m_settings.outputFolder()},
                {u"files"_s, QJsonArray::fromStringList(OutputFiles::fileNames())},
                {u"written_folder"_s, m_outputs.writtenFolder()},
                {u"problem"_s, textOrNull(problem)},
            });
        })});
}

#include "server/api/callbackcontroller.h"

#include "providers/serviceregistry.h"
#include "server/api/routetable.h"

#include <QFile>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

CallbackController::CallbackController(ServiceRegistry &registry)
    : m_registry(registry)
{ }

Reply CallbackController::page(const CallbackAnswer &answer)
{
    static const QString layout = [] {
        QFile file(u":/pages/callback.html"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    const bool finishing = answer.kind == CallbackAnswer::Kind::Finishing;
    QString html = layout;
    // The language the page is written in; the "C" locale (no locale set) writes English.
    const QString language = QLocale().language() == QLocale::C ? u"en"_s : QLocale().name().section(u'_', 0, 0);
    html.replace(u"{{lang}}"_s, language)
        .replace(u"{{refresh}}"_s, finishing ? u"<meta http-equiv=\"refresh\" content=\"1\">"_s : QString())
        .replace(u"{{kind}}"_s,
            finishing              ? u"finishing"_s
                : answer.succeeded ? u"success"_s
                                   : u"failure"_s)
        .replace(u"{{title}}"_s, answer.title.toHtmlEscaped())
        .replace(u"{{message}}"_s, answer.message.toHtmlEscaped());
    return Reply::html(html.toUtf8(), answer.status);
}

void CallbackController::registerRoutes(RouteTable &routes) const
{
    routes.add(u"/callback/<arg>"_s, RouteTable::Access::Public,
        {RouteTable::now(RouteTable::Method::Get, [this](const ApiRequest &request) {
            const QUrlQuery query = request.query();
            const QString outcomeId = query.queryItemValue(u"outcome"_s);
            if (!outcomeId.isEmpty()) {
                const auto outcome = m_registry.outcome(outcomeId);
                if (!outcome) {
                    CallbackAnswer gone;
                    gone.status = 404;
                    gone.title = tr("Nothing to show");
                    gone.message = tr("This page has expired. MelodyHue’s Connect page shows whether the "
                                      "service is connected.");
                    return page(gone);
                }
                return page(*outcome);
            }
            const CallbackAnswer answer = m_registry.handleCallback(request.argument, query);
            if (answer.kind == CallbackAnswer::Kind::Finishing) {
                // A fresh URL without the code, which then stays out of the address bar.
                return Reply::redirect("/callback/" + QUrl::toPercentEncoding(request.argument)
                    + "?outcome=" + QUrl::toPercentEncoding(answer.outcomeId));
            }
            return page(answer);
        })});
}

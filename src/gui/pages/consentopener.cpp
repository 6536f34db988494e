#include "gui/pages/consentopener.h"

#include "providers/serviceregistry.h"

#include <QDesktopServices>

QCoro::Task<ConsentOpener::Outcome> ConsentOpener::open(ServiceRegistry &registry, QString serviceId)
{
    const Result<QUrl> url = co_await registry.startAuthorization(serviceId);
    if (!url)
        co_return Outcome{Outcome::Kind::Failed, url.errorMessage()};
    if (!QDesktopServices::openUrl(url.value())) {
        co_return Outcome{Outcome::Kind::OpenByHand,
            tr("MelodyHue could not open your browser. Open this address in it to continue: %1").arg(url->toString())};
    }
    co_return Outcome{};
}

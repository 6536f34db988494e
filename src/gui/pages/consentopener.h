#pragma once

#include <QCoreApplication>
#include <QString>

#include <QCoroTask>

class ServiceRegistry;

// The first half of connecting a service, wherever the user clicks Connect (the Connect page,
// the setup guide): MelodyHue asks for the service's consent page and opens it in the browser.
// The second half arrives later as ServiceRegistry::authorizationFinished.
class ConsentOpener
{
    Q_DECLARE_TR_FUNCTIONS(ConsentOpener)

public:
    struct Outcome {
        enum class Kind { Opened, OpenByHand, Failed };
        Kind kind = Kind::Opened;
        // What to tell the user: empty when the browser opened.
        QString message;
    };
    static QCoro::Task<Outcome> open(ServiceRegistry &registry, QString serviceId);
};

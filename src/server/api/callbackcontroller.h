#pragma once

#include "server/http/reply.h"

#include <QCoreApplication>

class RouteTable;
class ServiceRegistry;
struct CallbackAnswer;

// GET /callback/{service}: where the browser lands after the user authorized MelodyHue (or
// not). It answers only while that service's authorization is pending, checks the state before
// anything else, and shows a small translated page that loads nothing from anywhere.
class CallbackController
{
    Q_DECLARE_TR_FUNCTIONS(CallbackController)

public:
    explicit CallbackController(ServiceRegistry &registry);
    void registerRoutes(RouteTable &routes) const;

    static Reply page(const CallbackAnswer &answer);

private:
    ServiceRegistry &m_registry;
};

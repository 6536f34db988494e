#pragma once

#include <QCoreApplication>

class RouteTable;
class Settings;

// GET and PATCH /settings/me: the user's preferences for automation.
class SettingsController
{
    Q_DECLARE_TR_FUNCTIONS(SettingsController)

public:
    explicit SettingsController(Settings &settings);
    void registerRoutes(RouteTable &routes) const;

private:
    Settings &m_settings;
};

#pragma once

#include <QCoreApplication>

class OutputFiles;
class RouteTable;
class Settings;

// GET and PATCH /settings/me: the user's preferences for automation; GET /api/outputs: how the
// files for OBS in the output folder fare (a write that failed, files left alone).
class SettingsController
{
    Q_DECLARE_TR_FUNCTIONS(SettingsController)

public:
    SettingsController(Settings &settings, const OutputFiles &outputs);
    void registerRoutes(RouteTable &routes) const;

private:
    Settings &m_settings;
    const OutputFiles &m_outputs;
};

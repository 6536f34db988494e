#pragma once

#include <QObject>
#include <QTimer>

class ServiceRegistry;
class Settings;
class TrayIcon;

// What the tray says of the music service accounts, with the window closed: a tooltip line for
// each account whose Web API cannot answer as planned (the day's budget spent, the service's
// quota, a refusal, a lost authorization), and one notification, once per authorization, when
// it must be renewed within two weeks ("Reconnect Spotify before 3 June").
class ServiceNotices : public QObject
{
    Q_OBJECT

public:
    ServiceNotices(ServiceRegistry &registry, Settings &settings, TrayIcon &tray, QObject *parent = nullptr);

    QStringList lines() const;

private:
    void refresh();
    void warnOfRenewals();

    ServiceRegistry &m_registry;
    Settings &m_settings;
    TrayIcon &m_tray;
    // Days pass with the app running: the renewal window is looked at again now and then.
    QTimer m_daily;
};

#pragma once

#include "app/commandline.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QCoroTask>

#include <memory>
#include <optional>

class ApiKey;
class Autostart;
class Database;
class HttpClient;
class LanguageSwitcher;
class LocalServer;
class MainWindow;
class NowPlaying;
class NowPlayingPipeline;
class OutputFiles;
class ObsLink;
class ObsSession;
class OverlayStore;
class PlayHistory;
class SecretStore;
class ServiceRegistry;
class Settings;
class SingleInstance;
class StreamSessions;
class SyncEngine;
class SyncTray;
class TerminationSignals;
class ServiceNotices;
class TrayIcon;
enum class SettingKey;

// Builds MelodyHue from its libraries and wires them together: storage, settings, keychain,
// the local server and, unless headless, the window and the tray icon.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(LaunchOptions options, QObject *parent = nullptr);
    ~Application() override;

    // Starts everything. Returns an exit status when MelodyHue must not keep running (it cannot
    // start, or another launch already serves this data folder); nullopt to enter the event loop.
    std::optional<int> start();

    // Stops MelodyHue in order: no more requests, network work cancelled, keychain writes
    // finished (for a few seconds at most), window and tray closed, database closed; then
    // finished(exitCode). From the tray's Quit, a termination signal or a test; safe to call
    // more than once and from any signal.
    void quit(int exitCode = 0);
    bool isQuitting() const { return m_quitting; }

    Settings &settings() const { return *m_settings; }
    LocalServer &server() const { return *m_server; }
    ApiKey &apiKey() const { return *m_apiKey; }
    SecretStore &secrets() const { return *m_secrets; }
    ServiceRegistry &services() const { return *m_services; }
    NowPlaying &nowPlaying() const { return *m_nowPlaying; }
    NowPlayingPipeline &nowPlayingPipeline() const { return *m_pipeline; }
    OverlayStore &overlays() const { return *m_overlays; }
    ObsLink &obs() const { return *m_obs; }
    SyncEngine &sync() const { return *m_sync; }
    MainWindow *window() const { return m_window.get(); }
    TrayIcon *tray() const { return m_tray.get(); }
    QString dataDir() const { return m_options.dataDir; }

Q_SIGNALS:
    // The API key is known (from the environment, the keychain, or for this session only).
    void apiKeyReady();
    // Everything is closed: the process may exit with this status.
    void finished(int exitCode);

private:
    std::optional<int> openStorage();
    std::optional<int> startServer();
    void startGui();
    void onSettingsChanged(const QList<SettingKey> &keys);
    void changePort(quint16 port);
    void applyAutostart();
    void publishServerStatus(const QString &problem);
    void publishFirstOverlay();
    // The tray icon and what it shows; the window then hides to it when closed.
    void addTray();
    void watchServices();
    QCoro::Task<> loadApiKey();
    void reportError(const QString &message) const;
    QCoro::Task<> shutDown();
    void release();

    LaunchOptions m_options;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OverlayStore> m_overlays;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ApiKey> m_apiKey;
    std::unique_ptr<ObsLink> m_obs;
    std::unique_ptr<NowPlaying> m_nowPlaying;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ServiceRegistry> m_services;
    std::unique_ptr<NowPlayingPipeline> m_pipeline;
    std::unique_ptr<OutputFiles> m_outputs;
    std::unique_ptr<PlayHistory> m_history;
    std::unique_ptr<ObsSession> m_obsSession;
    std::unique_ptr<StreamSessions> m_sessions;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<LocalServer> m_server;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    // Looks for a tray that came after MelodyHue, every second for two minutes.
    QTimer m_trayWatch;
    int m_trayChecks = 0;
    static constexpr int maximumTrayChecks = 120;
    std::unique_ptr<ServiceNotices> m_serviceNotices;
    std::unique_ptr<SyncTray> m_syncTray;
    std::unique_ptr<TerminationSignals> m_terminationSignals;
    bool m_quitting = false;
    QString m_profileId;
};

#include "app/application.h"

#include "app/musicservices.h"

#include "auth/apikey.h"
#include "gui/mainwindow.h"
#include "gui/pages/settingspage.h"
#include "gui/tray/servicenotices.h"
#include "gui/tray/synctray.h"
#include "gui/tray/trayicon.h"
#include "history/playhistory.h"
#include "history/streamsessions.h"
#include "i18n/languageswitcher.h"
#include "media/mediasessions.h"
#include "net/httpclient.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/nowplayingpipeline.h"
#include "nowplaying/outputfiles.h"
#include "obs/obslink.h"
#include "obs/obssession.h"
#include "overlays/overlaystore.h"
#include "platform/autostart.h"
#include "platform/logfile.h"
#include "platform/singleinstance.h"
#include "platform/terminationsignals.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "secrets/secretstore.h"
#include "server/localserver.h"
#include "settings/profileid.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>

#include <QCoroSignal>

#include <chrono>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcApp, "melodyhue.app")

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

Application::Application(LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

Application::~Application()
{
    release();
}

void Application::release()
{
    // Requests in flight end first, while everything that waits on them is still whole: the
    // coroutines waiting on them resume through posted events, delivered here.
    if (m_sync)
        m_sync->stop();
    if (m_obsSession)
        m_obsSession->stop();
    if (m_http)
        m_http->cancelAll();
    QCoreApplication::sendPostedEvents();
    // Users before what they use: the window and the server refer to core objects, and
    // everything that reads or writes the database goes before it closes.
    m_serviceNotices.reset();
    m_syncTray.reset();
    m_tray.reset();
    m_window.reset();
    m_server.reset();
    m_outputs.reset();
    m_sessions.reset();
    m_obsSession.reset();
    m_history.reset();
    m_sync.reset();
    m_pipeline.reset();
    m_services.reset();
    m_http.reset();
    m_obs.reset();
    m_apiKey.reset();
    m_secrets.reset();
    m_language.reset();
    m_overlays.reset();
    m_settings.reset();
    m_database.reset();
}

void Application::quit(int exitCode)
{
    if (std::exchange(m_quitting, true))
        return;
    // Queued: the request may come from a tray menu entry that closing destroys.
    QMetaObject::invokeMethod(
        this, [this, exitCode] { QCoro::connect(shutDown(), this, [this, exitCode] { Q_EMIT finished(exitCode); }); },
        Qt::QueuedConnection);
}

QCoro::Task<> Application::shutDown()
{
    qCInfo(lcApp) << "shutting down";
    QPointer<Application> self(this);
    if (m_tray)
        m_tray->hide();
    if (m_window)
        m_window->hide();
    if (m_server)
        m_server->close();
    if (m_sync)
        m_sync->stop();
    if (m_http)
        m_http->cancelAll();
    // A rotated refresh token on its way to the keychain must land, or the next start would
    // need a new sign-in; a keychain that does not answer does not hold the exit for long.
    if (m_secrets && !m_secrets->isIdle()) {
        co_await qCoro(m_secrets.get(), &SecretStore::idle, 5s);
        if (!self)
            co_return;
    }
    release();
    qCInfo(lcApp) << "stopped";
}

std::optional<int> Application::start()
{
    const bool existed = QFileInfo::exists(m_options.dataDir);
    if (!QDir().mkpath(m_options.dataDir)) {
        reportError(tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(m_options.dataDir)));
        return 1;
    }
    // What you listen to is nobody else's business: a new data folder is private to its user.
    if (!existed)
        QFile::setPermissions(m_options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_instance = std::make_unique<SingleInstance>(m_options.dataDir);
    if (m_instance->claim() == SingleInstance::Role::Secondary) {
        if (m_instance->activatePrimary()) {
            printLine(stdout,
                tr("MelodyHue is already running with this data folder; its window was "
                   "brought to the front."));
            return 0;
        }
        reportError(tr("Another MelodyHue holds the data folder %1 but does not answer. Quit it, "
                       "or start this one with another --data-dir.")
                        .arg(QDir::toNativeSeparators(m_options.dataDir)));
        return 1;
    }
    LogFile::install(QDir(m_options.dataDir).filePath(u"logs"_s));
    qCInfo(lcApp).noquote() << "MelodyHue" << MELODYHUE_VERSION << "starting with data folder" << m_options.dataDir;

    if (auto failed = openStorage())
        return failed;

    m_language = std::make_unique<LanguageSwitcher>();
    m_language->apply(m_settings->language());
    connect(m_settings.get(), &Settings::changed, this, &Application::onSettingsChanged);

    m_secrets = std::make_unique<SecretStore>(m_profileId);
    m_apiKey = std::make_unique<ApiKey>(*m_secrets, qEnvironmentVariable("MELODYHUE_API_KEY"));
    m_obs = std::make_unique<ObsLink>(*m_settings, *m_secrets);
    m_nowPlaying = std::make_unique<NowPlaying>();
    m_http = std::make_unique<HttpClient>();
    m_services = std::make_unique<ServiceRegistry>(
        MusicServices::fromEnvironment(), *m_database, *m_secrets, *m_http, *m_settings);
    m_pipeline
        = std::make_unique<NowPlayingPipeline>(NowPlayingPipeline::Parts{*m_nowPlaying, *m_services, *m_database,
                                                   *m_http, *m_settings, QDir(m_options.dataDir).filePath(u"covers"_s)},
            NowPlayingPipeline::systemSessions());
    m_outputs = std::make_unique<OutputFiles>(*m_nowPlaying, *m_settings);
    m_history = std::make_unique<PlayHistory>(*m_nowPlaying, *m_database, *m_settings);
    m_obsSession = std::make_unique<ObsSession>(*m_obs);
    m_sessions = std::make_unique<StreamSessions>(*m_obsSession, *m_history, *m_database);
    m_sync = std::make_unique<SyncEngine>(
        *m_services, *m_database, *m_settings, [this] { return m_nowPlaying->state().isPlaying; });
    connect(m_nowPlaying.get(), &NowPlaying::changed, m_sync.get(), &SyncEngine::playbackChanged);

    QStringList autostartArguments{u"--minimized"_s};
    if (QDir(m_options.dataDir) != QDir(CommandLine::defaultDataDir()))
        autostartArguments << u"--data-dir"_s << m_options.dataDir;
    m_autostart = std::make_unique<Autostart>(QCoreApplication::applicationFilePath(), autostartArguments);
    if (m_settings->startAtLogin() && !m_autostart->isEnabled())
        applyAutostart();

    if (!m_options.headless)
        startGui();
    watchServices();
    m_terminationSignals = std::make_unique<TerminationSignals>();
    connect(m_terminationSignals.get(), &TerminationSignals::received, this, [this](int signalNumber) {
        qCInfo(lcApp) << "received signal" << signalNumber;
        quit(0);
    });
    // Something else ended the event loop (the last window closed with no tray, a session
    // manager): close what is open while there is still time.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] {
        if (m_server)
            m_server->close();
        release();
    });
    if (auto failed = startServer())
        return failed;
    m_sync->startScheduling();
    m_obsSession->start();
    QCoro::connect(loadApiKey(), this, [] {});
    return std::nullopt;
}

std::optional<int> Application::openStorage()
{
    auto database = Database::open(QDir(m_options.dataDir).filePath(u"melodyhue.sqlite"_s));
    if (!database) {
        reportError(database.errorMessage());
        return 1;
    }
    m_database = std::move(database).value();
    const auto profileId = ProfileId::ensure(*m_database);
    if (!profileId) {
        reportError(profileId.errorMessage());
        return 1;
    }
    m_profileId = profileId.value();
    m_settings = std::make_unique<Settings>(*m_database);
    m_overlays = std::make_unique<OverlayStore>(*m_database);
    return std::nullopt;
}

std::optional<int> Application::startServer()
{
    m_server = std::make_unique<LocalServer>(LocalServer::Services{*m_settings, *m_nowPlaying, *m_apiKey, *m_services,
        *m_overlays, *m_obs, *m_outputs, *m_sync, *m_history, *m_sessions, m_profileId});
    const quint16 port = m_options.port.value_or(m_settings->serverPort());
    const auto listening = m_server->listen(port);
    if (!listening) {
        reportError(listening.errorMessage() + u' '
            + (m_options.headless ? tr("Close that program, or start MelodyHue with --port and another port.")
                                  : tr("Close that program, or choose another port in Settings or with --port.")));
        publishServerStatus(listening.errorMessage());
        // Without a window nobody could pick another port: stop here.
        return m_options.headless ? std::optional<int>(1) : std::nullopt;
    }
    const QString base = m_server->baseUrl().toString();
    printLine(stdout, tr("MelodyHue %1 is serving on %2").arg(QStringLiteral(MELODYHUE_VERSION), base));
    printLine(stdout, tr("  colour:      %1/color").arg(base));
    printLine(stdout, tr("  now playing: %1/infos").arg(base));
    printLine(stdout, tr("  health:      %1/health").arg(base));
    publishServerStatus(QString());
    return std::nullopt;
}

void Application::startGui()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Q_ASSERT(app);
    QFile style(u":/styles/melodyhue.qss"_s);
    if (style.open(QIODevice::ReadOnly))
        app->setStyleSheet(QString::fromUtf8(style.readAll()));
    app->setWindowIcon(QIcon(u":/icons/melodyhue.svg"_s));

    m_window = std::make_unique<MainWindow>(GuiServices{*m_settings, *m_nowPlaying, *m_apiKey, *m_secrets, *m_services,
        *m_pipeline, *m_overlays, *m_obs, *m_outputs, *m_sync, *m_sessions, *m_obsSession});
    connect(m_instance.get(), &SingleInstance::activationRequested, m_window.get(), &MainWindow::activate);
    connect(m_window->settingsPage(), &SettingsPage::portChangeRequested, this, &Application::changePort);

    if (TrayIcon::isAvailable()) {
        addTray();
    } else {
        // At login, MelodyHue can start before the desktop's panel: the icon comes when the
        // tray does.
        m_trayWatch.setInterval(std::chrono::seconds(1));
        connect(&m_trayWatch, &QTimer::timeout, this, [this] {
            if (!TrayIcon::isAvailable() && ++m_trayChecks < maximumTrayChecks)
                return;
            m_trayWatch.stop();
            if (TrayIcon::isAvailable())
                addTray();
        });
        m_trayWatch.start();
    }
    // With no tray to come back from, starting minimized would leave the user nothing to click.
    if (!m_options.minimized || !m_tray)
        m_window->show();
    qCInfo(lcApp) << "window and tray ready"
                  << std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now() - m_options.launchedAt)
                         .count()
                  << "ms after launch";
}

void Application::addTray()
{
    m_tray = std::make_unique<TrayIcon>();
    connect(m_tray.get(), &TrayIcon::openRequested, m_window.get(), &MainWindow::activate);
    connect(m_tray.get(), &TrayIcon::quitRequested, this, [this] { quit(0); });
    bool told = false;
    connect(m_window.get(), &MainWindow::hiddenToTray, m_tray.get(), [this, told]() mutable {
        if (!std::exchange(told, true))
            m_tray->notify(
                tr("MelodyHue keeps running"), tr("Overlays stay live. Click the tray icon to open the window again."));
    });
    m_window->setHidesToTray(true);
    m_tray->setNowPlaying(m_nowPlaying->state());
    connect(m_overlays.get(), &OverlayStore::changed, this, &Application::publishFirstOverlay);
    connect(m_overlays.get(), &OverlayStore::removed, this, &Application::publishFirstOverlay);
    connect(m_nowPlaying.get(), &NowPlaying::changed, m_tray.get(),
        [this] { m_tray->setNowPlaying(m_nowPlaying->state()); });
    m_serviceNotices = std::make_unique<ServiceNotices>(*m_services, *m_settings, *m_tray);
    m_syncTray = std::make_unique<SyncTray>(*m_sync, *m_tray);
    QApplication::setQuitOnLastWindowClosed(false);
    m_tray->show();
    qCInfo(lcApp) << "tray icon added";
}

void Application::watchServices()
{
    // What the user must know even with the window closed: a finished sign-in, a lost one.
    connect(m_services.get(), &ServiceRegistry::authorizationFinished, this,
        [this](const QString &, bool, const QString &message) {
            if (m_tray)
                m_tray->notify(tr("MelodyHue"), message);
            qCInfo(lcApp).noquote() << message;
        });
    for (ServiceAccount *account : m_services->accounts()) {
        connect(account, &ServiceAccount::reconnectNeeded, this, [this, account](const QString &message) {
            if (m_tray)
                m_tray->notify(tr("Reconnect %1").arg(account->name()), message);
            reportError(message);
        });
    }
}

void Application::onSettingsChanged(const QList<SettingKey> &keys)
{
    if (keys.contains(SettingKey::Language))
        m_language->apply(m_settings->language());
    if (keys.contains(SettingKey::StartAtLogin))
        applyAutostart();
}

void Application::applyAutostart()
{
    const auto applied = m_autostart->setEnabled(m_settings->startAtLogin());
    if (applied)
        return;
    reportError(applied.errorMessage());
    if (m_window)
        m_window->settingsPage()->showError(SettingKey::StartAtLogin, applied.errorMessage());
}

void Application::changePort(quint16 port)
{
    if (m_server->isListening() && m_server->port() == port)
        return;
    const auto listening = m_server->listen(port);
    if (!listening) {
        // The previous listener, if any, keeps serving; say why the new port was refused.
        m_window->settingsPage()->showError(SettingKey::ServerPort, listening.errorMessage());
        return;
    }
    const auto saved = m_settings->set(SettingKey::ServerPort, port);
    m_window->settingsPage()->showError(SettingKey::ServerPort, saved.errorMessage());
    publishServerStatus(QString());
}

void Application::publishServerStatus(const QString &problem)
{
    const QUrl base = m_server ? m_server->baseUrl() : QUrl();
    if (m_window)
        m_window->setServerStatus(base, problem);
    if (m_tray)
        m_tray->setServerStatus(base, problem);
    publishFirstOverlay();
}

// The tray copies the first overlay's URL: the one a new user has from the start.
void Application::publishFirstOverlay()
{
    if (!m_tray)
        return;
    const auto overlays = m_overlays->list();
    const QUrl base = m_server ? m_server->baseUrl() : QUrl();
    if (!overlays || overlays->isEmpty() || !base.isValid()) {
        m_tray->setOverlay({}, {}, {});
        return;
    }
    const Overlay &first = overlays->constFirst();
    m_tray->setOverlay(
        base.resolved(QUrl(u"/overlay/"_s + first.id)), first.name, QSize(first.options.width, first.options.height));
}

QCoro::Task<> Application::loadApiKey()
{
    QPointer<Application> self(this);
    const auto loaded = co_await m_apiKey->load();
    if (!self)
        co_return;
    if (!loaded) {
        reportError(loaded.errorMessage());
        if (m_window)
            m_window->setKeychainProblem(loaded.errorMessage());
    }
    Q_EMIT apiKeyReady();
}

void Application::reportError(const QString &message) const
{
    // The terminal gets the sentence once; the log file keeps it too.
    qCInfo(lcApp).noquote() << "reported:" << message;
    printLine(stderr, u"melodyhue: "_s + message);
}

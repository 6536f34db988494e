#include "obs/obssession.h"

#include "obs/obslink.h"
#include "obs/obswebsocket.h"
#include "util/result.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcObsSession, "melodyhue.obs.session")

namespace {

// The output state of StreamStateChanged and RecordStateChanged. A recording that is paused
// still runs: its session goes on.
std::optional<bool> runs(const QJsonObject &data)
{
    const QString state = data.value(u"outputState"_s).toString();
    if (state == u"OBS_WEBSOCKET_OUTPUT_STARTED"_s || state == u"OBS_WEBSOCKET_OUTPUT_RESUMED"_s)
        return true;
    if (state == u"OBS_WEBSOCKET_OUTPUT_STOPPED"_s)
        return false;
    return std::nullopt;
}

} // namespace

ObsSession::ObsSession(ObsLink &link, Clock clock, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryInterval);
    connect(&m_retry, &QTimer::timeout, this, [this] { connectToObs(); });
    // Another address or password: connect again with them.
    connect(&link, &ObsLink::configurationChanged, this, [this] {
        if (!m_started)
            return;
        if (m_connecting) {
            m_configurationChanged = true;
            return;
        }
        m_socket.reset();
        setConnected(false, {});
        setOutputs({}, {});
        connectToObs();
    });
}

ObsSession::~ObsSession()
{
    stop();
}

void ObsSession::stop()
{
    m_started = false;
    m_retry.stop();
    if (m_opening)
        m_opening->abort();
    if (m_socket)
        m_socket->abort();
}

void ObsSession::start()
{
    if (std::exchange(m_started, true))
        return;
    connectToObs();
}

QCoro::Task<> ObsSession::connectToObs()
{
    if (m_connecting || m_socket)
        co_return;
    m_connecting = true;
    m_retry.stop();
    QPointer<ObsSession> self(this);
    // Held here until it is open: the keychain and OBS answer later, whatever happens meanwhile.
    auto socket = std::make_unique<ObsWebSocket>();
    m_opening = socket.get();
    const auto opened = co_await m_link.open(*socket, ObsWebSocket::GeneralEvents | ObsWebSocket::OutputEvents);
    if (!self)
        co_return;
    m_opening = nullptr;
    m_connecting = false;
    if (!m_started)
        co_return;
    if (std::exchange(m_configurationChanged, false)) {
        connectToObs();
        co_return;
    }
    if (!opened) {
        setConnected(false, opened.error().message);
        // A refused password waits for the user; OBS that is not running yet is tried again.
        if (opened.error().kind != ErrorKind::NotConfigured && opened.error().kind != ErrorKind::Cancelled)
            m_retry.start();
        co_return;
    }
    m_socket = std::move(socket);
    connect(m_socket.get(), &ObsWebSocket::obsEvent, this, &ObsSession::onEvent);
    connect(m_socket.get(), &ObsWebSocket::closed, this, &ObsSession::onClosed, Qt::QueuedConnection);
    qCInfo(lcObsSession) << "connected to OBS" << m_socket->webSocketVersion();
    setConnected(true, {});
    co_await readOutputs();
}

QCoro::Task<> ObsSession::readOutputs()
{
    QPointer<ObsSession> self(this);
    ObsWebSocket *socket = m_socket.get();
    // An event that comes while the answers are on their way is newer than they are.
    const int streamEvents = m_streamEvents;
    const int recordingEvents = m_recordingEvents;
    const auto stream = co_await socket->request(u"GetStreamStatus"_s);
    if (!self || m_socket.get() != socket)
        co_return;
    const auto recording = co_await socket->request(u"GetRecordStatus"_s);
    if (!self || m_socket.get() != socket || !stream || !recording)
        co_return;
    const QDateTime now = m_clock();
    const auto outputOf = [&now](const QJsonObject &status) {
        const bool active = status.value(u"outputActive"_s).toBool();
        return Output{
            active, active ? now.addMSecs(-qint64(status.value(u"outputDuration"_s).toDouble())) : QDateTime()};
    };
    setOutputs(streamEvents == m_streamEvents ? outputOf(*stream) : m_stream,
        recordingEvents == m_recordingEvents ? outputOf(*recording) : m_recording);
}

void ObsSession::onEvent(const QString &type, const QJsonObject &data)
{
    const QDateTime now = m_clock();
    const auto changed = [&now, &data](const Output &output) {
        const std::optional<bool> active = runs(data);
        if (!active || *active == output.active)
            return output;
        return Output{*active, *active ? now : QDateTime()};
    };
    if (type == u"StreamStateChanged"_s) {
        ++m_streamEvents;
        setOutputs(changed(m_stream), m_recording);
    } else if (type == u"RecordStateChanged"_s) {
        ++m_recordingEvents;
        setOutputs(m_stream, changed(m_recording));
    } else if (type == u"ExitStarted"_s)
        onClosed();
}

void ObsSession::onClosed()
{
    if (!m_socket || !m_started)
        return;
    m_socket.release()->deleteLater();
    qCInfo(lcObsSession) << "OBS went away";
    setConnected(false, tr("OBS closed the connection; MelodyHue connects again when OBS is back."));
    setOutputs({}, {});
    m_retry.start();
}

void ObsSession::setOutputs(const Output &stream, const Output &recording)
{
    if (stream == m_stream && recording == m_recording)
        return;
    m_stream = stream;
    m_recording = recording;
    Q_EMIT outputsChanged();
}

void ObsSession::setConnected(bool connected, const QString &problem)
{
    if (connected == m_connected && problem == m_problem)
        return;
    m_connected = connected;
    m_problem = problem;
    Q_EMIT connectedChanged();
}

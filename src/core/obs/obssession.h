#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <QCoroTask>

#include <chrono>
#include <functional>
#include <memory>

class ObsLink;
class ObsWebSocket;
class QJsonObject;

// MelodyHue's standing connection to OBS, for what follows OBS as it changes: whether it streams
// or records (the setlist's sessions). Once started it connects, and connects again every
// `retryInterval` while OBS is not there; a password OBS refuses waits until Settings → OBS
// changes. Requests and placements of overlays keep their own short connections (ObsLink).
class ObsSession : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    // `clock`: the computer's unless a test gives its own.
    explicit ObsSession(ObsLink &link, Clock clock = {}, QObject *parent = nullptr);
    ~ObsSession() override;

    void start();
    // MelodyHue is quitting: the connection, or the attempt to make one, ends; what waits on it
    // resumes through posted events, which the owner delivers before it destroys this.
    void stop();
    bool isConnected() const { return m_connected; }
    // Why MelodyHue is not connected to OBS, as a sentence with what to do; empty when it is.
    QString problem() const { return m_problem; }

    // One of OBS's outputs: whether it runs, and since when (OBS's own count, for an output that
    // ran before MelodyHue connected).
    struct Output {
        bool active = false;
        QDateTime since;
        bool operator==(const Output &) const = default;
    };
    Output stream() const { return m_stream; }
    Output recording() const { return m_recording; }

    static constexpr std::chrono::seconds retryInterval{5};

Q_SIGNALS:
    void connectedChanged();
    // The stream or the recording started or stopped (or is no longer known: OBS went away).
    void outputsChanged();

private:
    QCoro::Task<> connectToObs();
    QCoro::Task<> readOutputs();
    void onEvent(const QString &type, const QJsonObject &data);
    void onClosed();
    void setOutputs(const Output &stream, const Output &recording);
    void setConnected(bool connected, const QString &problem);

    ObsLink &m_link;
    Clock m_clock;
    std::unique_ptr<ObsWebSocket> m_socket;
    // The connection being made (held by connectToObs until it is open).
    ObsWebSocket *m_opening = nullptr;
    QTimer m_retry;
    bool m_started = false;
    bool m_connecting = false;
    // Settings → OBS changed while connecting: that attempt is dropped for a new one.
    bool m_configurationChanged = false;
    bool m_connected = false;
    QString m_problem;
    Output m_stream;
    Output m_recording;
    // Output events seen, so that an answer to GetStreamStatus sent before one does not undo it.
    int m_streamEvents = 0;
    int m_recordingEvents = 0;
};

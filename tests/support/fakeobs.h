#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocketServer>

class QWebSocket;

// An in-process obs-websocket 5 server that follows the published protocol: Hello with an
// authentication challenge when it has a password, Identify checked (close 4009 on a wrong
// answer, 4007 for a request before it), then the requests MelodyHue makes, on a small model
// of OBS's scenes and inputs, with OBS's status codes (600 not found, 601 already exists…).
class FakeObs : public QObject
{
    Q_OBJECT

public:
    explicit FakeObs(const QString &password = {});
    ~FakeObs() override;

    QUrl url() const;
    // OBS quits (or its WebSocket server is turned off): the port no longer answers.
    void stop();
    // OBS is back, at the same address.
    bool resume();

    struct Input {
        QString kind;
        QJsonObject settings;
    };
    QStringList scenes{QStringLiteral("Starting soon"), QStringLiteral("Gameplay"), QStringLiteral("Just chatting")};
    QString currentScene = QStringLiteral("Gameplay");
    // The input kinds its plugins give (unversioned names); Debian's own OBS has no browser_source.
    QStringList inputKinds{QStringLiteral("browser_source"), QStringLiteral("text_ft2_source"),
        QStringLiteral("image_source"), QStringLiteral("ffmpeg_source"), QStringLiteral("color_source")};
    QHash<QString, Input> inputs;
    // Each scene's sources, by name.
    QHash<QString, QStringList> sceneItems;
    // obs-websocket before 5.0 could not list them (the fake then answers 204, unknown request).
    bool answersInputKindList = true;
    // The request types received, in order.
    QStringList requests;
    int identified = 0;
    // Clients identified with events subscribed to (any category).
    int subscribers() const;

    // The stream and the recording, with their events as OBS sends them (STARTING then STARTED;
    // STOPPING then STOPPED) to the clients that subscribed to Outputs. `alreadyMs`: how long the
    // output has run, for GetStreamStatus and GetRecordStatus.
    void setStreaming(bool active, qint64 alreadyMs = 0);
    void setRecording(bool active, qint64 alreadyMs = 0);
    bool streaming = false;
    bool recording = false;

private:
    struct Session {
        QString salt;
        QString challenge;
        bool identified = false;
        int subscriptions = 0;
    };

    void broadcast(int category, const QString &type, const QJsonObject &data);
    void setOutput(bool *running, const QString &event, bool active);
    QJsonObject outputStatus(bool running, qint64 sinceMs) const;

    void onConnection();
    void onMessage(QWebSocket *socket, const QString &text);
    QJsonObject handle(const QString &type, const QJsonObject &data, int *code, QString *comment);

    QWebSocketServer m_server;
    QString m_password;
    QHash<QWebSocket *, Session> m_sessions;
    quint16 m_port = 0;
    // When each output started, on this computer's monotonic clock.
    qint64 m_streamStartedMs = 0;
    qint64 m_recordingStartedMs = 0;
};

#include "fakeobs.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

QString randomBase64()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64());
}

void send(QWebSocket *socket, int op, const QJsonObject &data)
{
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"op"_s, op}, {u"d"_s, data}}).toJson(QJsonDocument::Compact)));
}

} // namespace

FakeObs::FakeObs(const QString &password)
    : m_server(u"obs-websocket"_s, QWebSocketServer::NonSecureMode)
    , m_password(password)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    m_port = m_server.serverPort();
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeObs::onConnection);
}

FakeObs::~FakeObs()
{
    stop();
}

QUrl FakeObs::url() const
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_port));
}

bool FakeObs::resume()
{
    return m_server.listen(QHostAddress::LocalHost, m_port);
}

void FakeObs::stop()
{
    m_server.close();
    const QList<QWebSocket *> sockets = m_sessions.keys();
    m_sessions.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

int FakeObs::subscribers() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
        [](const Session &session) { return session.identified && session.subscriptions != 0; }));
}

void FakeObs::broadcast(int category, const QString &type, const QJsonObject &data)
{
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->identified && (it->subscriptions & category)) {
            send(it.key(), 5, {{u"eventType"_s, type}, {u"eventIntent"_s, category}, {u"eventData"_s, data}});
        }
    }
}

void FakeObs::setStreaming(bool active, qint64 alreadyMs)
{
    m_streamStartedMs = QDateTime::currentMSecsSinceEpoch() - alreadyMs;
    setOutput(&streaming, u"StreamStateChanged"_s, active);
}

void FakeObs::setRecording(bool active, qint64 alreadyMs)
{
    m_recordingStartedMs = QDateTime::currentMSecsSinceEpoch() - alreadyMs;
    setOutput(&recording, u"RecordStateChanged"_s, active);
}

void FakeObs::setOutput(bool *running, const QString &event, bool active)
{
    if (*running == active)
        return;
    *running = active;
    const int outputs = 1 << 6;
    const auto state
        = [](const char *name) -> QString { return u"OBS_WEBSOCKET_OUTPUT_"_s + QString::fromLatin1(name); };
    broadcast(
        outputs, event, {{u"outputActive"_s, false}, {u"outputState"_s, state(active ? "STARTING" : "STOPPING")}});
    QJsonObject done{{u"outputActive"_s, active}, {u"outputState"_s, state(active ? "STARTED" : "STOPPED")}};
    if (event == u"RecordStateChanged"_s)
        done.insert(u"outputPath"_s, active ? QJsonValue::Null : QJsonValue(u"/home/ana/Videos/2026-12-08.mkv"_s));
    broadcast(outputs, event, done);
}

QJsonObject FakeObs::outputStatus(bool running, qint64 sinceMs) const
{
    const qint64 duration = running ? QDateTime::currentMSecsSinceEpoch() - sinceMs : 0;
    return {{u"outputActive"_s, running}, {u"outputReconnecting"_s, false}, {u"outputDuration"_s, duration},
        {u"outputTimecode"_s, u"00:00:00.000"_s}, {u"outputBytes"_s, 0}};
}

void FakeObs::onConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        Session session;
        QJsonObject hello{{u"obsWebSocketVersion"_s, u"5.5.2"_s}, {u"rpcVersion"_s, 1}};
        if (!m_password.isEmpty()) {
            session.salt = randomBase64();
            session.challenge = randomBase64();
            hello.insert(
                u"authentication"_s, QJsonObject{{u"challenge"_s, session.challenge}, {u"salt"_s, session.salt}});
        }
        m_sessions.insert(socket, session);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_sessions.remove(socket);
            socket->deleteLater();
        });
        send(socket, 0, hello);
    }
}

void FakeObs::onMessage(QWebSocket *socket, const QString &text)
{
    Session &session = m_sessions[socket];
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const int op = message.value(u"op"_s).toInt(-1);
    const QJsonObject data = message.value(u"d"_s).toObject();
    if (op == 1) {
        if (data.value(u"rpcVersion"_s).toInt() != 1) {
            socket->close(QWebSocketProtocol::CloseCode(4010), u"Unsupported RPC version."_s);
            return;
        }
        if (!m_password.isEmpty()) {
            const QByteArray secret
                = QCryptographicHash::hash((m_password + session.salt).toUtf8(), QCryptographicHash::Sha256).toBase64();
            const QString expected = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray(secret + session.challenge.toUtf8()), QCryptographicHash::Sha256)
                    .toBase64());
            if (data.value(u"authentication"_s).toString() != expected) {
                socket->close(QWebSocketProtocol::CloseCode(4009), u"Authentication failed."_s);
                return;
            }
        }
        session.identified = true;
        session.subscriptions = data.value(u"eventSubscriptions"_s).toInt(0);
        ++identified;
        send(socket, 2, {{u"negotiatedRpcVersion"_s, 1}});
        return;
    }
    if (!session.identified) {
        socket->close(QWebSocketProtocol::CloseCode(4007), u"Not identified."_s);
        return;
    }
    if (op != 6) {
        socket->close(QWebSocketProtocol::CloseCode(4006), u"Unknown OpCode."_s);
        return;
    }
    const QString type = data.value(u"requestType"_s).toString();
    requests.append(type);
    int code = 100;
    QString comment;
    const QJsonObject response = handle(type, data.value(u"requestData"_s).toObject(), &code, &comment);
    QJsonObject status{{u"result"_s, code == 100}, {u"code"_s, code}};
    if (!comment.isEmpty())
        status.insert(u"comment"_s, comment);
    QJsonObject answer{
        {u"requestType"_s, type}, {u"requestId"_s, data.value(u"requestId"_s)}, {u"requestStatus"_s, status}};
    if (code == 100 && !response.isEmpty())
        answer.insert(u"responseData"_s, response);
    send(socket, 7, answer);
}

QJsonObject FakeObs::handle(const QString &type, const QJsonObject &data, int *code, QString *comment)
{
    const auto notFound = [code, comment](const QString &what) {
        *code = 600;
        *comment = what;
        return QJsonObject();
    };
    const QString sceneName = data.value(u"sceneName"_s).toString();
    if (type == u"GetSceneList"_s) {
        QJsonArray list;
        // OBS lists the scenes bottom first, with their index.
        for (qsizetype i = scenes.size() - 1; i >= 0; --i)
            list.append(QJsonObject{{u"sceneIndex"_s, int(scenes.size() - 1 - i)}, {u"sceneName"_s, scenes.at(i)}});
        return {{u"currentProgramSceneName"_s, currentScene}, {u"currentPreviewSceneName"_s, QJsonValue::Null},
            {u"scenes"_s, list}};
    }
    if (type == u"GetStreamStatus"_s)
        return outputStatus(streaming, m_streamStartedMs);
    if (type == u"GetRecordStatus"_s)
        return outputStatus(recording, m_recordingStartedMs);
    if (type == u"GetInputKindList"_s && answersInputKindList)
        return {{u"inputKinds"_s, QJsonArray::fromStringList(inputKinds)}};
    if (type == u"GetInputSettings"_s) {
        const QString name = data.value(u"inputName"_s).toString();
        if (!inputs.contains(name))
            return notFound(u"No source was found by the name of `%1`."_s.arg(name));
        return {{u"inputKind"_s, inputs.value(name).kind}, {u"inputSettings"_s, inputs.value(name).settings}};
    }
    if (type == u"CreateInput"_s) {
        const QString name = data.value(u"inputName"_s).toString();
        if (!scenes.contains(sceneName))
            return notFound(u"No scene was found by the name of `%1`."_s.arg(sceneName));
        if (inputs.contains(name)) {
            *code = 601;
            *comment = u"A source already exists by that input name."_s;
            return {};
        }
        if (!data.value(u"inputKind"_s).isString()) {
            *code = 300;
            *comment = u"Your request is missing the `inputKind` field."_s;
            return {};
        }
        if (!inputKinds.contains(data.value(u"inputKind"_s).toString())) {
            // What OBS 29.0.2 from Debian's packages answers for a Browser source.
            *code = 605;
            *comment = u"Your specified input kind is not supported by OBS. Check that your specified kind is "
                       u"properly versioned and that any necessary plugins are loaded."_s;
            return {};
        }
        inputs.insert(name, {data.value(u"inputKind"_s).toString(), data.value(u"inputSettings"_s).toObject()});
        sceneItems[sceneName].append(name);
        return {{u"sceneItemId"_s, int(sceneItems.value(sceneName).size())}};
    }
    if (type == u"SetInputSettings"_s) {
        const QString name = data.value(u"inputName"_s).toString();
        if (!inputs.contains(name))
            return notFound(u"No source was found by the name of `%1`."_s.arg(name));
        QJsonObject settings = data.value(u"overlay"_s).toBool(true) ? inputs.value(name).settings : QJsonObject();
        const QJsonObject changes = data.value(u"inputSettings"_s).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            settings.insert(it.key(), it.value());
        inputs[name].settings = settings;
        return {};
    }
    if (type == u"GetSceneItemId"_s || type == u"CreateSceneItem"_s) {
        const QString source = data.value(u"sourceName"_s).toString();
        if (!scenes.contains(sceneName))
            return notFound(u"No scene was found by the name of `%1`."_s.arg(sceneName));
        if (type == u"GetSceneItemId"_s) {
            const qsizetype index = sceneItems.value(sceneName).indexOf(source);
            if (index < 0)
                return notFound(u"No scene items were found in the specified scene by that criteria."_s);
            return {{u"sceneItemId"_s, int(index + 1)}};
        }
        if (!inputs.contains(source))
            return notFound(u"No source was found by the name of `%1`."_s.arg(source));
        sceneItems[sceneName].append(source);
        return {{u"sceneItemId"_s, int(sceneItems.value(sceneName).size())}};
    }
    *code = 204;
    *comment = u"Your request type is not valid."_s;
    return {};
}

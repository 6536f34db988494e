#include "obs/obswebsocket.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPointer>

#include <QCoroSignal>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Op { Hello = 0, Identify = 1, Identified = 2, Event = 5, Request = 6, RequestResponse = 7 };

QString showConnectInfo()
{
    return ObsWebSocket::tr("In OBS: Tools → WebSocket Server Settings → Show Connect Info.");
}

} // namespace

ObsWebSocket::ObsWebSocket(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(u"op"_s).toInt(-1) == Event) {
            const QJsonObject event = message.value(u"d"_s).toObject();
            Q_EMIT obsEvent(event.value(u"eventType"_s).toString(), event.value(u"eventData"_s).toObject());
        } else if (message.value(u"op"_s).isDouble()) {
            m_inbox.append(message);
            wake();
        }
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        wake();
        Q_EMIT closed();
    });
    connect(&m_socket, &QWebSocket::stateChanged, this, &ObsWebSocket::wake);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ObsWebSocket::wake);
}

ObsWebSocket::~ObsWebSocket()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void ObsWebSocket::abort()
{
    m_closed = true;
    m_socket.abort();
    wake();
}

QString ObsWebSocket::authentication(const QString &password, const QString &salt, const QString &challenge)
{
    const QByteArray secret
        = QCryptographicHash::hash((password + salt).toUtf8(), QCryptographicHash::Sha256).toBase64();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(secret + challenge.toUtf8()), QCryptographicHash::Sha256).toBase64());
}

QCoro::Task<Result<void>> ObsWebSocket::open(QUrl url, QString password, int subscriptions)
{
    m_url = url;
    QPointer<ObsWebSocket> self(this);
    m_socket.open(url);
    const auto deadline = std::chrono::steady_clock::now() + answerTime;
    // Connected, refused (back to unconnected), or no answer in time.
    while (
        m_socket.state() != QAbstractSocket::ConnectedState && m_socket.state() != QAbstractSocket::UnconnectedState) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        co_await waitForActivity(left);
        if (!self)
            co_return Error{tr("MelodyHue is quitting."), ErrorKind::Cancelled};
    }
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        co_return Error{tr("OBS does not answer at %1: start OBS (28 or later) and turn on its WebSocket server. In "
                           "OBS: Tools → WebSocket Server Settings → Enable WebSocket server; the port must match "
                           "Settings → OBS in MelodyHue.")
                            .arg(url.toString()),
            ErrorKind::Unavailable};
    }
    const auto hello = co_await next(Hello);
    if (!self)
        co_return Error{tr("MelodyHue is quitting."), ErrorKind::Cancelled};
    if (!hello) {
        co_return Error{tr("Something answers at %1, but not obs-websocket 5 (OBS 28 or later). Check the address in "
                           "Settings → OBS.")
                            .arg(url.toString()),
            ErrorKind::ServerFailure};
    }
    const QJsonObject data = hello->value(u"d"_s).toObject();
    m_webSocketVersion = data.value(u"obsWebSocketVersion"_s).toString();
    QJsonObject identify{{u"rpcVersion"_s, 1}, {u"eventSubscriptions"_s, subscriptions}};
    if (data.contains(u"authentication"_s)) {
        if (password.isEmpty()) {
            co_return Error{tr("OBS asks for a password: enter it in Settings → OBS. %1").arg(showConnectInfo()),
                ErrorKind::NotConfigured};
        }
        const QJsonObject challenge = data.value(u"authentication"_s).toObject();
        identify.insert(u"authentication"_s,
            authentication(
                password, challenge.value(u"salt"_s).toString(), challenge.value(u"challenge"_s).toString()));
    }
    m_socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"op"_s, Identify}, {u"d"_s, identify}}).toJson(QJsonDocument::Compact)));
    const auto identified = co_await next(Identified);
    if (!self)
        co_return Error{tr("MelodyHue is quitting."), ErrorKind::Cancelled};
    if (!identified)
        co_return closedError();
    co_return {};
}

QCoro::Task<Result<QJsonObject>> ObsWebSocket::request(QString type, QJsonObject data)
{
    const QString id = QString::number(m_nextRequest++);
    QJsonObject payload{{u"requestType"_s, type}, {u"requestId"_s, id}};
    if (!data.isEmpty())
        payload.insert(u"requestData"_s, data);
    m_socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"op"_s, Request}, {u"d"_s, payload}}).toJson(QJsonDocument::Compact)));
    QPointer<ObsWebSocket> self(this);
    while (true) {
        const auto response = co_await next(RequestResponse);
        if (!self)
            co_return Error{tr("MelodyHue is quitting."), ErrorKind::Cancelled};
        if (!response)
            co_return closedError();
        const QJsonObject answer = response->value(u"d"_s).toObject();
        if (answer.value(u"requestId"_s).toString() != id)
            continue;
        const QJsonObject status = answer.value(u"requestStatus"_s).toObject();
        if (status.value(u"result"_s).toBool())
            co_return answer.value(u"responseData"_s).toObject();
        const int code = status.value(u"code"_s).toInt();
        const QString comment = status.value(u"comment"_s).toString();
        co_return Error{
            tr("OBS refused %1 (code %2)%3").arg(type).arg(code).arg(comment.isEmpty() ? u"."_s : u": "_s + comment),
            code == resourceNotFound       ? ErrorKind::NotFound
                : code == invalidInputKind ? ErrorKind::Unavailable
                                           : ErrorKind::Rejected};
    }
}

QCoro::Task<std::optional<QJsonObject>> ObsWebSocket::next(int op)
{
    QPointer<ObsWebSocket> self(this);
    const auto deadline = std::chrono::steady_clock::now() + answerTime;
    while (true) {
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            if (m_inbox.at(i).value(u"op"_s).toInt() == op)
                co_return m_inbox.takeAt(i);
        }
        // Events (op 5) went out as signals; anything else waiting is dropped.
        m_inbox.clear();
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (m_closed || left.count() <= 0)
            co_return std::nullopt;
        co_await waitForActivity(left);
        if (!self)
            co_return std::nullopt;
    }
}

void ObsWebSocket::wake()
{
    if (m_waiting && !m_woken) {
        m_woken = true;
        Q_EMIT activity();
    }
}

QCoro::Task<> ObsWebSocket::waitForActivity(std::chrono::milliseconds timeout)
{
    QPointer<ObsWebSocket> self(this);
    m_waiting = true;
    m_woken = false;
    m_timeout.start(timeout);
    co_await qCoro(this, &ObsWebSocket::activity);
    if (!self)
        co_return;
    m_waiting = false;
    m_timeout.stop();
}

Error ObsWebSocket::closedError() const
{
    const int code = m_socket.closeCode();
    if (m_closed && code == authenticationFailed) {
        return Error{
            tr("OBS refused the password: enter the one OBS shows in Settings → OBS. %1").arg(showConnectInfo()),
            ErrorKind::NotConfigured};
    }
    if (m_closed && code == unsupportedRpcVersion) {
        return Error{
            tr("This OBS speaks another version of obs-websocket; MelodyHue needs version 5 (OBS 28 or later)."),
            ErrorKind::Rejected};
    }
    if (m_closed) {
        return Error{tr("OBS closed the connection (%1). Is its WebSocket server still on?")
                         .arg(m_socket.closeReason().isEmpty() ? QString::number(code) : m_socket.closeReason()),
            ErrorKind::Unavailable};
    }
    return Error{tr("OBS did not answer in time at %1.").arg(m_url.toString()), ErrorKind::Unavailable};
}

#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <QCoroTask>

#include <chrono>
#include <optional>

// One session with obs-websocket 5 (built into OBS 28 and later), as its published protocol
// says: the server's Hello, our Identify (with the salted SHA-256 answer to its challenge when
// OBS has a password), Identified; then requests and their responses. Every failure is a
// sentence that says what to do in OBS or in MelodyHue.
class ObsWebSocket : public QObject
{
    Q_OBJECT

public:
    explicit ObsWebSocket(QObject *parent = nullptr);
    ~ObsWebSocket() override;

    // obs-websocket's EventSubscription flags.
    enum Events : int {
        NoEvents = 0,
        GeneralEvents = 1 << 0,
        SceneEvents = 1 << 2,
        InputEvents = 1 << 3,
        OutputEvents = 1 << 6,
        SceneItemEvents = 1 << 7,
    };

    // Connects and identifies, asking for the events of `subscriptions` (see `obsEvent`). The
    // password may be empty when OBS asks for none.
    QCoro::Task<Result<void>> open(QUrl url, QString password, int subscriptions = NoEvents);
    // The request's responseData, or why OBS refused it (600: NotFound).
    QCoro::Task<Result<QJsonObject>> request(QString type, QJsonObject data = {});
    QString webSocketVersion() const { return m_webSocketVersion; }

    // The `authentication` string of Identify.
    static QString authentication(const QString &password, const QString &salt, const QString &challenge);

    static constexpr std::chrono::seconds answerTime{5};
    static constexpr int authenticationFailed = 4009;
    static constexpr int unsupportedRpcVersion = 4010;
    static constexpr int resourceNotFound = 600;
    // CreateInput with a kind this OBS has no plugin for (answered as ErrorKind::Unavailable).
    static constexpr int invalidInputKind = 605;

    // Ends the connection, or the attempt to make it, now: what waits on it resumes with an error.
    void abort();

Q_SIGNALS:
    // One of the events subscribed to, as OBS sent it.
    void obsEvent(const QString &type, const QJsonObject &data);
    // OBS closed the connection, or it broke.
    void closed();
    // Emitted once per wait (see wake()).
    void activity();

private:
    // Resumes the coroutine waiting in waitForActivity(), once. QCoro resumes a signal's
    // awaiter through a queued call that holds the awaiter: a second emission before it runs
    // would call into an awaiter already gone.
    void wake();
    QCoro::Task<> waitForActivity(std::chrono::milliseconds timeout);
    // The next message with this op code; nullopt when the time is up or the socket closed.
    QCoro::Task<std::optional<QJsonObject>> next(int op);
    Error closedError() const;

    QWebSocket m_socket;
    QTimer m_timeout;
    bool m_waiting = false;
    bool m_woken = false;
    QUrl m_url;
    QList<QJsonObject> m_inbox;
    bool m_closed = false;
    QString m_webSocketVersion;
    int m_nextRequest = 1;
};

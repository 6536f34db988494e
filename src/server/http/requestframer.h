#pragma once

#include "server/http/serverlimits.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Follows the HTTP/1.x request stream of one connection, byte by byte as it arrives, to find
// where each request starts and ends and to refuse the ones that break our limits before
// anything is buffered or routed. It never copies bodies: it only counts their bytes.
class RequestFramer
{
    Q_DECLARE_TR_FUNCTIONS(RequestFramer)

public:
    enum class State { Idle, Head, Body, Upgraded, Rejected };

    struct Rejection {
        int status;
        QString message;
    };

    RequestFramer(const ServerLimits &limits, QByteArrayList allowedHosts);

    // Consumes `data`; returns a rejection as soon as the stream breaks a rule.
    std::optional<Rejection> feed(QByteArrayView data);

    State state() const { return m_state; }
    int startedRequests() const { return m_started; }
    int completedRequests() const { return m_completed; }
    // Whether the last complete request asked (or, for HTTP/1.0, implied) to close afterwards.
    bool closeRequested() const { return m_closeRequested; }

    static QByteArrayList allowedHostsForPort(quint16 port);

private:
    std::optional<Rejection> feedHead(QByteArrayView &data);
    std::optional<Rejection> checkHeadSize(QByteArrayView head, bool complete);
    std::optional<Rejection> finishHead(QByteArrayView head);
    void finishRequest();
    std::optional<Rejection> reject(int status, QString message);

    ServerLimits m_limits;
    QByteArrayList m_allowedHosts;
    State m_state = State::Idle;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    int m_started = 0;
    int m_completed = 0;
    bool m_closeRequested = false;
    bool m_pendingClose = false;
    bool m_pendingUpgrade = false;
};

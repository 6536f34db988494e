#pragma once

#include "net/requestbudget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <QCoroTask>

#include <chrono>
#include <deque>

// What came back from a remote service. status is 0 when no HTTP answer arrived (DNS, refused,
// timed out), and then `failure` says why in a sentence.
struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl location; // of a redirect, which is never followed
    std::chrono::seconds retryAfter{0};
    QString failure;
    // Not sent: the account's request budget is paused (rate limit, quota, back-off).
    bool paused = false;
    // Given up on: the body was larger than allowed, or the whole answer took too long.
    bool tooLarge = false;
    bool tooSlow = false;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// What one answer may cost: its body is read up to maximumBodyBytes, the whole of it within
// the deadline (from sending the request to the last byte).
struct HttpLimits {
    qint64 maximumBodyBytes = 4LL * 1024 * 1024;
    std::chrono::milliseconds deadline{30'000};
};

// The only owner of a QNetworkAccessManager in MelodyHue. Requests time out, redirects are
// returned rather than followed, idempotent requests are retried on network errors, 5xx and
// short 429s with back-off, and every request counts in one budget the user can see. What
// comes back is bounded: a body is read only up to its limit (a larger Content-Length is
// refused before anything is read) and a whole answer has a deadline, so a server that drips
// a byte at a time cannot hold a request open.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Limits = HttpLimits;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // With a `budget`, the request counts in it and is not sent while it is paused for
    // `purpose` (the response then has status 0 and `paused` set).
    QCoro::Task<HttpResponse> get(QUrl url, Headers headers = {}, QPointer<RequestBudget> budget = {},
        Limits limits = Limits(), RequestBudget::Purpose purpose = RequestBudget::Purpose::NowPlaying);
    // A form POST (token endpoints): never retried, a repeated code exchange would fail anyway.
    QCoro::Task<HttpResponse> postForm(QUrl url, QUrlQuery form, Headers headers = {});

    // Stops everything for good (MelodyHue is quitting): requests in flight end at once with a
    // failure, nothing is retried or sent any more.
    void cancelAll();

    // Requests sent during the last hour and day, for the quota display.
    int requestsInLast(std::chrono::seconds window) const;

    // Without a byte of the answer for this long, a request is given up.
    static constexpr std::chrono::milliseconds timeout{15'000};
    // How much of an answer Qt buffers before the body is read on: it never holds more.
    static constexpr qint64 readChunkBytes = 256LL * 1024;
    static constexpr int maximumRetries = 2;
    // A 429 asking to wait longer than this is returned to the caller instead of waited out.
    static constexpr std::chrono::seconds longestRetryWait{10};

private:
    QCoro::Task<HttpResponse> send(QNetworkRequest request, QByteArray verb, QByteArray body, bool retry,
        QPointer<RequestBudget> budget, Limits limits, RequestBudget::Purpose purpose);
    QCoro::Task<HttpResponse> sendOnce(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
        RequestBudget *budget, const Limits &limits);
    void countRequest();

    QNetworkAccessManager m_network;
    std::deque<QDateTime> m_sent;
    bool m_cancelled = false;
};

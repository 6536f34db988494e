#pragma once

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

class RequestBudget;

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

    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// The only owner of a QNetworkAccessManager in MelodyHue. Requests time out, redirects are
// returned rather than followed, idempotent requests are retried on network errors, 5xx and
// short 429s with back-off, and every request counts in one budget the user can see.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // With a `budget`, the request counts in it and is not sent while it is paused (the
    // response then has status 0 and `paused` set).
    QCoro::Task<HttpResponse> get(QUrl url, Headers headers = {}, QPointer<RequestBudget> budget = {});
    // A form POST (token endpoints): never retried, a repeated code exchange would fail anyway.
    QCoro::Task<HttpResponse> postForm(QUrl url, QUrlQuery form, Headers headers = {});

    // Stops everything for good (MelodyHue is quitting): requests in flight end at once with a
    // failure, nothing is retried or sent any more.
    void cancelAll();

    // Requests sent during the last hour and day, for the quota display.
    int requestsInLast(std::chrono::seconds window) const;

    static constexpr std::chrono::milliseconds timeout{15'000};
    static constexpr int maximumRetries = 2;
    // A 429 asking to wait longer than this is returned to the caller instead of waited out.
    static constexpr std::chrono::seconds longestRetryWait{10};

private:
    QCoro::Task<HttpResponse> send(
        QNetworkRequest request, QByteArray verb, QByteArray body, bool retry, QPointer<RequestBudget> budget = {});
    QCoro::Task<HttpResponse> sendOnce(
        const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body, RequestBudget *budget);
    void countRequest();

    QNetworkAccessManager m_network;
    std::deque<QDateTime> m_sent;
    bool m_cancelled = false;
};

#include "net/httpclient.h"

#include "net/requestbudget.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>

#include <QTimer>

#include <QCoroNetworkReply>
#include <QCoroTimer>

#include <memory>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcHttp, "melodyhue.http")

namespace {

std::chrono::seconds parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::max<qint64>(seconds, 0));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return std::chrono::seconds(std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0));
    return 0s;
}

bool worthRetrying(const HttpResponse &response)
{
    if (response.tooLarge || response.tooSlow)
        return false;
    return response.status == 0 || response.status >= 500
        || (response.status == 429 && response.retryAfter <= HttpClient::longestRetryWait);
}

// Reads a reply's body as it arrives, up to a limit, and ends the reply once the limit is
// passed (a Content-Length above it ends it before any byte is read) or its deadline is. The
// reply is aborted from the event loop, never from within its own signals: aborting finishes
// the reply, which resumes the coroutine waiting on it, which deletes this reader.
class BoundedBody
{
public:
    BoundedBody(QNetworkReply *reply, const HttpClient::Limits &limits)
        : m_reply(reply)
        , m_limit(limits.maximumBodyBytes)
    {
        reply->setReadBufferSize(std::min(HttpClient::readChunkBytes, m_limit + 1));
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &m_context, [this] {
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_limit)
                stop(&m_tooLarge);
        });
        QObject::connect(reply, &QNetworkReply::readyRead, &m_context, [this] { take(); });
        QObject::connect(&m_deadline, &QTimer::timeout, &m_context, [this] { stop(&m_tooSlow); });
        m_deadline.setSingleShot(true);
        m_deadline.start(limits.deadline);
    }

    // Once the reply has finished: what it still held.
    QByteArray finish()
    {
        take();
        return std::move(m_body);
    }
    bool tooLarge() const { return m_tooLarge; }
    bool tooSlow() const { return m_tooSlow; }

private:
    void take()
    {
        if (m_stopped)
            return;
        m_body += m_reply->read(m_limit + 1 - m_body.size());
        if (m_body.size() > m_limit)
            stop(&m_tooLarge);
    }

    void stop(bool *why)
    {
        if (m_stopped)
            return;
        m_stopped = true;
        *why = true;
        m_body.clear();
        QTimer::singleShot(0, m_reply, &QNetworkReply::abort);
    }

    QNetworkReply *m_reply;
    qint64 m_limit;
    QByteArray m_body;
    QTimer m_deadline;
    bool m_stopped = false;
    bool m_tooLarge = false;
    bool m_tooSlow = false;
    // Declared last, destroyed first: no signal reaches this reader once it is going.
    QObject m_context;
};

} // namespace

HttpClient::~HttpClient()
{
    // Requests still in flight end now, while their replies are whole: the coroutines waiting
    // on them resume with a failure instead of reading a reply being destroyed.
    cancelAll();
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setTransferTimeout(int(timeout.count()));
}

QCoro::Task<HttpResponse> HttpClient::get(
    QUrl url, Headers headers, QPointer<RequestBudget> budget, Limits limits, RequestBudget::Purpose purpose)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // Arguments of co_await expressions are kept in named variables: GCC 12 mishandles
    // temporaries with destructors there.
    const QByteArray verb = QByteArrayLiteral("GET");
    const QByteArray noBody;
    co_return co_await send(request, verb, noBody, true, budget, limits, purpose);
}

QCoro::Task<HttpResponse> HttpClient::postForm(QUrl url, QUrlQuery form, Headers headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // application/x-www-form-urlencoded: every reserved character escaped, '+' included.
    QByteArray body;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    const QByteArray verb = QByteArrayLiteral("POST");
    co_return co_await send(request, verb, body, false, {}, Limits(), RequestBudget::Purpose::NowPlaying);
}

QCoro::Task<HttpResponse> HttpClient::send(QNetworkRequest request, QByteArray verb, QByteArray body, bool retry,
    QPointer<RequestBudget> budget, Limits limits, RequestBudget::Purpose purpose)
{
    QPointer<HttpClient> self(this);
    const bool budgeted = !budget.isNull();
    if (budgeted && !budget->mayRequest(purpose)) {
        HttpResponse paused;
        paused.paused = true;
        paused.failure = tr("Requests to %1 are paused for a while.").arg(request.url().host());
        co_return paused;
    }
    std::chrono::milliseconds backoff = 500ms;
    for (int attempt = 0;; ++attempt) {
        HttpResponse response = co_await sendOnce(request, verb, body, budget.data(), limits);
        if (!self || m_cancelled || !retry || attempt >= maximumRetries || !worthRetrying(response))
            co_return response;
        // Coarse timers may fire up to 5% early: a Retry-After is waited out with a margin.
        const auto retryAfter = std::chrono::duration_cast<std::chrono::milliseconds>(response.retryAfter);
        const auto wait = response.status == 429 ? retryAfter + retryAfter / 16 + 50ms : backoff;
        const auto pause = std::max(wait, 100ms);
        co_await QCoro::sleepFor(pause);
        // A budget shared with other work may have been paused longer meanwhile.
        if (!self || m_cancelled || (budgeted && (!budget || !budget->mayRequest(purpose))))
            co_return response;
        backoff *= 4;
    }
}

QCoro::Task<HttpResponse> HttpClient::sendOnce(const QNetworkRequest &request, const QByteArray &verb,
    const QByteArray &body, RequestBudget *budget, const Limits &limits)
{
    HttpResponse response;
    if (m_cancelled) {
        response.failure = tr("MelodyHue is shutting down.");
        co_return response;
    }
    countRequest();
    QPointer<RequestBudget> counted(budget);
    if (budget)
        budget->recordSent();
    // Deleted later, never inside its own finished signal (cancelAll() aborts replies, which
    // resumes this coroutine from within abort()).
    qCDebug(lcHttp).noquote() << "sending" << verb << request.url().toDisplayString(QUrl::RemoveQuery);
    const auto deleteLater = [](QNetworkReply *r) { r->deleteLater(); };
    std::unique_ptr<QNetworkReply, decltype(deleteLater)> reply(
        m_network.sendCustomRequest(request, verb, body), deleteLater);
    auto bounded = std::make_unique<BoundedBody>(reply.get(), limits);
    co_await qCoro(reply.get()).waitForFinished();

    response.body = bounded->finish();
    response.tooLarge = bounded->tooLarge();
    response.tooSlow = bounded->tooSlow();
    bounded.reset();
    response.status = response.tooLarge || response.tooSlow
        ? 0
        : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    response.retryAfter = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    if (response.status == 0 && m_cancelled) {
        response.failure = tr("MelodyHue is shutting down.");
    } else if (response.tooLarge) {
        response.failure = tr("%1 sent more than %2 KB; MelodyHue stopped reading.")
                               .arg(request.url().host())
                               .arg(limits.maximumBodyBytes / 1024);
    } else if (response.tooSlow) {
        response.failure = tr("%1 did not finish answering within %2 seconds.")
                               .arg(request.url().host())
                               .arg(std::chrono::duration_cast<std::chrono::seconds>(limits.deadline).count());
    } else if (response.status == 0) {
        response.failure = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("%1 did not answer within %2 seconds.")
                  .arg(request.url().host())
                  .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())
            : tr("Cannot reach %1: %2").arg(request.url().host(), reply->errorString());
    }
    qCDebug(lcHttp).noquote() << "answered" << response.status << request.url().toDisplayString(QUrl::RemoveQuery)
                              << response.failure;
    if (counted && !m_cancelled)
        counted->recordResponse(response);
    co_return response;
}

void HttpClient::cancelAll()
{
    m_cancelled = true;
    // Aborting finishes each reply at once, which resumes the coroutine waiting on it.
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void HttpClient::countRequest()
{
    constexpr qint64 secondsPerDay = qint64(24) * 3600;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_sent.push_back(now);
    while (!m_sent.empty() && m_sent.front().secsTo(now) > secondsPerDay)
        m_sent.pop_front();
}

int HttpClient::requestsInLast(std::chrono::seconds window) const
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-window.count());
    return int(std::count_if(m_sent.cbegin(), m_sent.cend(), [&since](const QDateTime &t) { return t >= since; }));
}

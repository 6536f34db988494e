// HttpClient against the fake Spotify's Web API: retries, back-off, 429 with Retry-After,
// redirects returned, failures as sentences. And against servers that send too much or too
// slowly (a media player's cover address can be anyone's): a body is read up to its limit, a
// whole answer within its deadline, and a cover that breaks either is refused.

#include "support/fakebrowser.h"
#include "support/fakespotify.h"
#include "support/rawhttp.h"
#include "support/serverfixture.h"
#include "support/streamingserver.h"
#include "support/waitfortask.h"

#include "net/httpclient.h"
#include "nowplaying/covercache.h"
#include "providers/serviceaccount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSpotify> m_spotify;
    std::unique_ptr<ServerFixture> m_app;
    QString m_token;

    QUrl api(const QString &path) const { return QUrl(m_spotify->url().toString() + path); }
    HttpClient::Headers bearer() const
    {
        return {{QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1()}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_spotify = std::make_unique<FakeSpotify>();
        m_spotify->useForMelodyHue();
        m_app = std::make_unique<ServerFixture>();
        m_spotify->registerRedirectUri(m_app->services->redirectUri(QStringLiteral("spotify")));
        ServiceAccount *spotify = m_app->services->account(QStringLiteral("spotify"));
        QVERIFY(waitForTask(spotify->setCredentials(FakeSpotify::clientId(), std::nullopt)));
        QVERIFY(FakeBrowser::visit(waitForTask(m_app->services->startAuthorization(QStringLiteral("spotify"))).value())
                    .page.contains("connected successfully"));
        m_token = waitForTask(spotify->accessToken()).value();
    }

    void init() { m_spotify->clearFaults(); }

    void cleanupTestCase() { QVERIFY(waitForTask(m_app->services->account(QStringLiteral("spotify"))->disconnect())); }

    void serverErrors_areRetriedWithBackOff()
    {
        HttpClient http;
        m_spotify->failNext(QStringLiteral("/v1/me"), 503, 0, 2);
        const HttpResponse response = waitForTask(http.get(api(QStringLiteral("/v1/me")), bearer()));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().object().value(QStringLiteral("id")).toString(), QStringLiteral("wizzler"));
        QCOMPARE(http.requestsInLast(1h), 3);
    }

    void giving_upAfterTheRetries_returnsTheLastAnswer()
    {
        HttpClient http;
        m_spotify->failNext(QStringLiteral("/v1/me"), 502, 0, 5);
        const HttpResponse response = waitForTask(http.get(api(QStringLiteral("/v1/me")), bearer()));
        QCOMPARE(response.status, 502);
        QCOMPARE(http.requestsInLast(1h), 1 + HttpClient::maximumRetries);
    }

    void shortRateLimit_isWaitedOut_longOneIsReturned()
    {
        HttpClient http;
        m_spotify->failNext(QStringLiteral("/v1/me/player"), 429, 1);
        const HttpResponse waited
            = waitForTask(http.get(api(QStringLiteral("/v1/me/player/currently-playing")), bearer()));
        QCOMPARE(waited.status, 200);
        QCOMPARE(http.requestsInLast(1h), 2);

        m_spotify->failNext(QStringLiteral("/v1/me/player"), 429, 3600);
        const HttpResponse refused
            = waitForTask(http.get(api(QStringLiteral("/v1/me/player/currently-playing")), bearer()));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.retryAfter, 3600s);
        QCOMPARE(http.requestsInLast(1h), 3); // not waited for an hour, not retried
    }

    void posts_areNeverRetried()
    {
        HttpClient http;
        m_spotify->failNext(QStringLiteral("/api/token"), 500);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        const HttpResponse response = waitForTask(http.postForm(api(QStringLiteral("/api/token")), form));
        QCOMPARE(response.status, 500);
        QCOMPARE(http.requestsInLast(1h), 1);
    }

    void unreachableHost_isASentence()
    {
        HttpClient http;
        const HttpResponse response = waitForTask(http.get(QUrl(QStringLiteral("http://127.0.0.1:1/v1/me"))));
        QCOMPARE(response.status, 0);
        QVERIFY2(response.failure.contains(QStringLiteral("127.0.0.1")), qPrintable(response.failure));
    }

    void aBodyAnnouncedLargerThanTheLimit_isNotRead()
    {
        StreamingServer server("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 419430400\r\n\r\n",
            StreamingServer::Body::Endless);
        HttpClient http;
        const HttpResponse response = waitForTask(http.get(server.url(), {}, {}, HttpLimits{1024 * 1024, 30s}));
        QVERIFY(response.tooLarge);
        QCOMPARE(response.status, 0);
        QVERIFY(response.body.isEmpty());
        QVERIFY2(response.failure.contains(QStringLiteral("1024 KB")), qPrintable(response.failure));
        QTRY_COMPARE_WITH_TIMEOUT(server.closedByClient(), 1, 30000);
        // What the sockets' buffers took before the answer was dropped, not 400 MB.
        QVERIFY2(server.bytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
        QCOMPARE(http.requestsInLast(1h), 1);
    }

    void anEndlessBody_isCutAtTheLimit()
    {
        StreamingServer server(
            "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nConnection: close\r\n\r\n", StreamingServer::Body::Endless);
        HttpClient http;
        const HttpResponse response = waitForTask(http.get(server.url(), {}, {}, HttpLimits{1024 * 1024, 30s}));
        QVERIFY(response.tooLarge);
        QVERIFY(response.body.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(server.closedByClient(), 1, 30000);
        QVERIFY2(server.bytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
    }

    void aServerThatDrips_isGivenUpAtTheDeadline()
    {
        StreamingServer server("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 100000\r\n\r\n",
            StreamingServer::Body::Dripping, 100ms);
        HttpClient http;
        const HttpResponse response = waitForTask(http.get(server.url(), {}, {}, HttpLimits{1024 * 1024, 1500ms}));
        QVERIFY(response.tooSlow);
        QCOMPARE(response.status, 0);
        QVERIFY2(response.failure.contains(QStringLiteral("did not finish")), qPrintable(response.failure));
        // Given up, not retried.
        QCOMPARE(http.requestsInLast(1h), 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.closedByClient(), 1, 30000);
    }

    void aCoverTooLargeToBeACover_isRefusedWhileItComes()
    {
        StreamingServer server(
            "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nConnection: close\r\n\r\n", StreamingServer::Body::Endless);
        HttpClient http;
        CoverCache covers(*m_app->database, http, m_app->filePath(QStringLiteral("hostile-covers")));
        const auto cover = waitForTask(covers.fetch(server.url()));
        QVERIFY(!cover);
        QVERIFY2(cover.errorMessage().contains(QStringLiteral("too large")), qPrintable(cover.errorMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(server.closedByClient(), 1, 30000);
        QVERIFY(server.bytesSent() < CoverCache::largestImageBytes + 64 * 1024 * 1024);
        // The server kept answering meanwhile.
        QCOMPARE(httpRequest(m_app->port(), "GET", "/health").status, 200);
    }

    void redirects_areReturnedNotFollowed()
    {
        HttpClient http;
        // A valid authorization request: Spotify answers with a redirect to MelodyHue's callback.
        QUrl authorize(m_spotify->url().toString() + QStringLiteral("/authorize"));
        const QString redirectUri = m_app->services->redirectUri(QStringLiteral("spotify"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), FakeSpotify::clientId());
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        query.addQueryItem(QStringLiteral("code_challenge"), QString(43, u'c'));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("state-0123456789abcdef"));
        authorize.setQuery(query);
        const HttpResponse response = waitForTask(http.get(authorize));
        QCOMPARE(response.status, 302);
        QVERIFY2(response.location.toString().startsWith(redirectUri), qPrintable(response.location.toString()));
        QVERIFY(QUrlQuery(response.location).hasQueryItem(QStringLiteral("code")));
        QCOMPARE(http.requestsInLast(1h), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

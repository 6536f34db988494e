// HttpClient against the fake Spotify's Web API: retries, back-off, 429 with Retry-After,
// failures as sentences; and the fake itself behaving like Spotify (paging, 204, 401).

#include "support/fakebrowser.h"
#include "support/fakespotify.h"
#include "support/serverfixture.h"
#include "support/waitfortask.h"

#include "net/httpclient.h"
#include "providers/serviceaccount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

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

    void redirects_areReturnedNotFollowed()
    {
        HttpClient http;
        const QUrl authorize(m_spotify->url().toString() + QStringLiteral("/authorize"));
        const HttpResponse response = waitForTask(http.get(authorize));
        QCOMPARE(response.status, 400); // no client: Spotify's answer, not a followed redirect
        QVERIFY(response.body.startsWith("INVALID_CLIENT"));
    }

    void fakeSpotify_pagesLikedTracksLikeSpotify()
    {
        HttpClient http;
        m_spotify->setLikedTracks(120);
        QJsonObject page
            = waitForTask(http.get(api(QStringLiteral("/v1/me/tracks?limit=50")), bearer())).json().object();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 120);
        QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 50);
        int pages = 1;
        while (!page.value(QStringLiteral("next")).isNull()) {
            page = waitForTask(http.get(QUrl(page.value(QStringLiteral("next")).toString()), bearer())).json().object();
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 20);
        QCOMPARE(waitForTask(http.get(api(QStringLiteral("/v1/me/tracks?limit=51")), bearer())).status, 400);
    }

    void fakeSpotify_saysWhenNothingPlays_andRefusesBadTokens()
    {
        HttpClient http;
        m_spotify->setPlaying(false);
        QCOMPARE(waitForTask(http.get(api(QStringLiteral("/v1/me/player/currently-playing")), bearer())).status, 204);
        m_spotify->setPlaying(true);
        const HttpResponse playing
            = waitForTask(http.get(api(QStringLiteral("/v1/me/player/currently-playing")), bearer()));
        QCOMPARE(playing.status, 200);
        QVERIFY(playing.json().object().value(QStringLiteral("item")).isObject());
        const HttpResponse refused = waitForTask(http.get(
            api(QStringLiteral("/v1/me")), {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer nope")}}));
        QCOMPARE(refused.status, 401);
        QCOMPARE(
            refused.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(),
            401);
        const HttpResponse cover = waitForTask(http.get(api(QStringLiteral("/image/ab67616d00004851"))));
        QCOMPARE(cover.contentType, QByteArray("image/jpeg"));
        QVERIFY(cover.body.startsWith("\xff\xd8"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

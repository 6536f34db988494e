// Connecting Spotify end to end: the local server's API and callback, the fake Spotify, the
// real keychain (gnome-keyring of the test session) and a browser that follows the redirects.

#include "support/fakebrowser.h"
#include "support/fakespotify.h"
#include "support/rawhttp.h"
#include "support/serverfixture.h"
#include "support/spotifyconnection.h"
#include "support/waitfortask.h"

#include "platform/logfile.h"
#include "providers/serviceaccount.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

using Connection = SpotifyConnection;

} // namespace

class TestSpotifyConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connecting_succeedsAndKeepsTheRefreshTokenInTheKeychain()
    {
        Connection c;
        QVERIFY(c.configureClient());
        QCOMPARE(c.service().value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));

        QSignalSpy finished(c.app->services.get(), &ServiceRegistry::authorizationFinished);
        const QUrl authUrl = c.authUrl();
        const QUrlQuery query(authUrl);
        QCOMPARE(authUrl.path(), QStringLiteral("/authorize"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            QStringLiteral("http://127.0.0.1:%1/callback/spotify").arg(c.port()));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("user-read-currently-playing user-read-playback-state user-library-read"));
        QVERIFY(
            query.queryItemValue(QStringLiteral("state")) != query.queryItemValue(QStringLiteral("code_challenge")));

        const FakeBrowser::Visit visit = FakeBrowser::visit(authUrl);
        QCOMPARE(visit.status, 200);
        QVERIFY2(visit.page.contains("Spotify connected successfully!"), visit.page.constData());
        // The page is whole by itself: no script, image, style sheet or link to load.
        for (const char *reference : {"src=", "href=", "url(", "@import", "<script"})
            QVERIFY2(!visit.page.contains(reference), reference);
        // The code does not stay in the address bar: the last page has none.
        QVERIFY(!visit.visited.constLast().query().contains(QStringLiteral("code=")));

        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        const QJsonObject service = c.service();
        QCOMPARE(service.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(service.value(QStringLiteral("account")).toString(), FakeSpotify::displayName());
        QVERIFY(c.spotify->issuedSecrets().contains(c.storedRefreshToken()));
        QVERIFY(c.storedRefreshToken().startsWith(QStringLiteral("refresh-")));
        QVERIFY(waitForTask(c.account()->accessToken()).value().startsWith(QStringLiteral("access-")));
    }

    void withAClientSecret_theTokenRequestAuthenticatesWithIt()
    {
        Connection c;
        c.spotify->setClientSecret(QStringLiteral("s3cr3t-of-the-app"));
        QCOMPARE(c.configure("{\"spotify\":{\"client_id\":\"" + FakeSpotify::clientId().toLatin1()
                      + "\",\"client_secret\":\"s3cr3t-of-the-app\"}}")
                     .status,
            200);
        QVERIFY(c.account()->hasClientSecret());
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        QCOMPARE(waitForTask(c.app->secrets().read(QStringLiteral("spotify/client_secret"))).value(),
            std::optional<QString>(QStringLiteral("s3cr3t-of-the-app")));
    }

    void declining_inTheBrowser_isReportedAndNothingIsSaved()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.spotify->setConsent(FakeSpotify::Consent::Deny);
        QSignalSpy finished(c.app->services.get(), &ServiceRegistry::authorizationFinished);
        const FakeBrowser::Visit visit = FakeBrowser::visit(c.authUrl());
        QVERIFY2(visit.page.contains("declined"), visit.page.constData());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));
        QCOMPARE(c.spotify->tokenRequests(), 0);
        QVERIFY(c.storedRefreshToken().isEmpty());
    }

    void wrongState_isRefusedAndTheRealAnswerStillWorks()
    {
        Connection c;
        QVERIFY(c.configureClient());
        const QUrl callback = c.redirectFromSpotify(c.authUrl());
        QUrlQuery forged(callback);
        const QString code = forged.queryItemValue(QStringLiteral("code"));
        forged.removeAllQueryItems(QStringLiteral("state"));
        forged.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state-0123456789"));
        const RawResponse refused
            = httpRequest(c.port(), "GET", "/callback/spotify?" + forged.toString(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("not for MelodyHue"));
        QCOMPARE(c.spotify->tokenRequests(), 0);
        QVERIFY(c.app->services->isAuthorizing(QStringLiteral("spotify")));

        const FakeBrowser::Visit visit = FakeBrowser::visit(callback);
        QVERIFY(visit.page.contains("connected successfully"));
        QVERIFY(!code.isEmpty());
    }

    void aHostileErrorValue_isReportedAsAPlainCode()
    {
        Connection c;
        QVERIFY(c.configureClient());
        QUrlQuery answer(c.redirectFromSpotify(c.authUrl()));
        answer.removeAllQueryItems(QStringLiteral("code"));
        answer.addQueryItem(QStringLiteral("error"),
            QString::fromUtf8(QUrl::toPercentEncoding(
                QStringLiteral("server_error<img src=x>\n2026-01-01 warning melodyhue.app: forged"))));
        QSignalSpy finished(c.app->services.get(), &ServiceRegistry::authorizationFinished);
        const RawResponse page
            = httpRequest(c.port(), "GET", "/callback/spotify?" + answer.toString(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(page.status, 200);
        QCOMPARE(finished.count(), 1);
        const QString message = finished.constFirst().at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("server_errorimg srcx2026-01-01 warning melodyhue.app forged")),
            qPrintable(message));
        QVERIFY(!page.body.contains("<img"));
    }

    void errorCallback_withAWrongState_isIgnoredToo()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.authUrl();
        const RawResponse refused
            = httpRequest(c.port(), "GET", "/callback/spotify?error=access_denied&state=someone-elses-state-123");
        QCOMPARE(refused.status, 400);
        QVERIFY(c.app->services->isAuthorizing(QStringLiteral("spotify")));
    }

    void callback_answersOnlyWhileAFlowIsPending()
    {
        Connection c;
        const RawResponse none = httpRequest(c.port(), "GET", "/callback/spotify?code=abc&state=def");
        QCOMPARE(none.status, 404);
        QVERIFY(none.header("content-type").startsWith("text/html"));
        QVERIFY(none.header("content-security-policy").contains("default-src 'none'"));
        QVERIFY2(none.body.contains("<html lang=\"en\">"), none.body.left(200).constData());
    }

    void replayedCode_isRefused()
    {
        Connection c;
        QVERIFY(c.configureClient());
        const QUrl callback = c.redirectFromSpotify(c.authUrl());
        QVERIFY(FakeBrowser::visit(callback).page.contains("connected successfully"));
        // The same callback again: its state was used up.
        QCOMPARE(FakeBrowser::visit(callback).status, 404);

        // The old code with a fresh state reaches Spotify, which refuses a code used before.
        QVERIFY(waitForTask(c.account()->disconnect()).ok());
        const QUrl fresh = c.authUrl();
        QUrlQuery replay(callback);
        replay.removeAllQueryItems(QStringLiteral("state"));
        replay.addQueryItem(QStringLiteral("state"), QUrlQuery(fresh).queryItemValue(QStringLiteral("state")));
        QUrl replayed = callback;
        replayed.setQuery(replay);
        const FakeBrowser::Visit visit = FakeBrowser::visit(replayed);
        QVERIFY2(visit.page.contains("no longer accepts"), visit.page.constData());
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));
    }

    void outcomePages_forgetTheOldestFirst()
    {
        Connection c;
        QVERIFY(c.configureClient());
        // MelodyHue keeps the result pages of the last 16 sign-ins.
        QList<QUrl> outcomes;
        for (int attempt = 0; attempt < 17; ++attempt) {
            const FakeBrowser::Visit visit = FakeBrowser::visit(c.authUrl());
            QVERIFY(visit.page.contains("connected successfully"));
            outcomes.append(visit.visited.constLast());
        }
        QCOMPARE(FakeBrowser::visit(outcomes.constFirst()).status, 404);
        for (qsizetype i = 1; i < outcomes.size(); ++i)
            QVERIFY2(FakeBrowser::visit(outcomes.at(i)).page.contains("connected successfully"),
                qPrintable(QString::number(i)));
    }

    void expiredFlow_endsWithATimeoutAndTheCallbackIsRefused()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.app->services->setAuthorizationLifetime(300ms);
        QSignalSpy finished(c.app->services.get(), &ServiceRegistry::authorizationFinished);
        const QUrl callback = c.redirectFromSpotify(c.authUrl());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QVERIFY(finished.constFirst().at(2).toString().contains(QStringLiteral("expired")));
        const FakeBrowser::Visit visit = FakeBrowser::visit(callback);
        QVERIFY(visit.status == 404 || visit.status == 410);
        QCOMPARE(c.spotify->tokenRequests(), 0);
    }

    void rotatedRefreshToken_isSavedAndWorksAfterARestart()
    {
        auto spotify = std::make_unique<FakeSpotify>();
        spotify->useForMelodyHue();
        spotify->setAccessTokenLifetime(30); // within the refresh margin: every use refreshes
        QTemporaryDir folder;
        {
            ServerFixture app({}, folder.path());
            spotify->registerRedirectUri(app.services->redirectUri(QStringLiteral("spotify")));
            ServiceAccount *account = app.services->account(QStringLiteral("spotify"));
            QVERIFY(waitForTask(account->setCredentials(FakeSpotify::clientId(), std::nullopt)).ok());
            QVERIFY(FakeBrowser::visit(waitForTask(app.services->startAuthorization(QStringLiteral("spotify"))).value())
                        .page.contains("connected successfully"));
            const QString first
                = waitForTask(app.secrets().read(QStringLiteral("spotify/refresh_token"))).value().value();
            QVERIFY(waitForTask(account->accessToken()).ok());
            QCOMPARE(spotify->refreshRequests(), 1);
            const QString rotated
                = waitForTask(app.secrets().read(QStringLiteral("spotify/refresh_token"))).value().value();
            QVERIFY(rotated != first);
        }
        // MelodyHue starts again on the same data folder and keychain entries.
        ServerFixture app({}, folder.path());
        ServiceAccount *account = app.services->account(QStringLiteral("spotify"));
        QCOMPARE(account->state(), ServiceAccount::State::Connected);
        QCOMPARE(account->accountName(), FakeSpotify::displayName());
        const auto token = waitForTask(account->accessToken());
        QVERIFY2(token, qPrintable(token.errorMessage()));
        QCOMPARE(spotify->refreshRequests(), 2);
        QVERIFY(waitForTask(account->disconnect()).ok());
    }

    void revokedAuthorization_meansReconnectNeeded_withoutRetrying()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.spotify->setAccessTokenLifetime(30);
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        c.spotify->revokeRefreshTokens();

        QSignalSpy reconnect(c.account(), &ServiceAccount::reconnectNeeded);
        const auto token = waitForTask(c.account()->accessToken());
        QVERIFY(!token);
        QCOMPARE(token.error().kind, ErrorKind::Expired);
        QCOMPARE(reconnect.count(), 1);
        QCOMPARE(c.account()->state(), ServiceAccount::State::ReconnectNeeded);
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("reconnect_needed"));
        QVERIFY(c.storedRefreshToken().isEmpty());

        const int requests = c.spotify->tokenRequests();
        QVERIFY(!waitForTask(c.account()->accessToken()));
        QVERIFY(!waitForTask(c.account()->accessToken()));
        QCOMPARE(c.spotify->tokenRequests(), requests);
        QCOMPARE(reconnect.count(), 1);
    }

    void concurrentCallers_shareOneRefresh()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.spotify->setAccessTokenLifetime(30);
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        std::optional<Result<QString>> first;
        std::optional<Result<QString>> second;
        QCoro::connect(c.account()->accessToken(), c.account(), [&](const Result<QString> &r) { first = r; });
        QCoro::connect(c.account()->accessToken(), c.account(), [&](const Result<QString> &r) { second = r; });
        QTRY_VERIFY(first && second);
        QVERIFY(first->ok() && second->ok());
        QCOMPARE(first->value(), second->value());
        QCOMPARE(c.spotify->refreshRequests(), 1);
    }

    void aDisconnectDuringARefresh_leavesNoTokenBehind()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.spotify->setAccessTokenLifetime(30);
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        // The refresh is on its way (and Spotify will rotate the token) when the user disconnects.
        c.spotify->setTokenDelay(300ms);
        std::optional<Result<QString>> token;
        QCoro::connect(c.account()->accessToken(), c.account(), [&token](const Result<QString> &r) { token = r; });
        QVERIFY(waitForTask(c.account()->disconnect()).ok());
        QTRY_VERIFY(token.has_value());
        QVERIFY(!token->ok());
        QCOMPARE(c.spotify->refreshRequests(), 1);
        QCOMPARE(c.account()->state(), ServiceAccount::State::Disconnected);
        QVERIFY(c.storedRefreshToken().isEmpty());
        QVERIFY(!waitForTask(c.account()->accessToken()));
    }

    void disconnecting_forgetsTheTokens()
    {
        Connection c;
        QVERIFY(c.configureClient());
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        QVERIFY(!c.storedRefreshToken().isEmpty());
        const RawResponse response = httpRequest(c.port(), "DELETE", "/api/spotify", c.key());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));
        QVERIFY(c.storedRefreshToken().isEmpty());
        QVERIFY(response.json().value(QStringLiteral("account")).isNull());
        QVERIFY(!waitForTask(c.account()->accessToken()));
    }

    void anotherClientId_endsTheConnection()
    {
        Connection c;
        QVERIFY(c.configureClient());
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        // Tokens belong to the app that issued them.
        QCOMPARE(c.configure("{\"spotify\":{\"client_id\":\"fedcba9876543210fedcba9876543210\"}}").status, 200);
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));
        QVERIFY(c.storedRefreshToken().isEmpty());
        QCOMPARE(c.account()->clientId(), QStringLiteral("fedcba9876543210fedcba9876543210"));
        // The same Client ID again keeps a connection as it is.
        QVERIFY(c.configureClient());
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        QVERIFY(c.configureClient());
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    }

    void spotifyProblems_areExplainedBeforeTheBrowserOpens_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("redirect URI not registered")
            << QStringLiteral("redirect") << 400 << QStringLiteral("redirect URI");
        QTest::newRow("unknown Client ID") << QStringLiteral("client") << 400 << QStringLiteral("Client ID");
        QTest::newRow("Spotify unreachable") << QStringLiteral("network") << 502
                                             << QStringLiteral("Cannot reach Spotify. Check your Internet connection");
        QTest::newRow("Spotify rate-limiting") << QStringLiteral("429") << 429 << QStringLiteral("wait");
        QTest::newRow("Spotify failing") << QStringLiteral("503") << 502 << QStringLiteral("problem of its own");
    }

    void spotifyProblems_areExplainedBeforeTheBrowserOpens()
    {
        QFETCH(QString, problem);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        auto spotify = std::make_unique<FakeSpotify>();
        spotify->useForMelodyHue();
        if (problem == QStringLiteral("network"))
            qputenv("MELODYHUE_SPOTIFY_ACCOUNTS_URL", "http://127.0.0.1:1");
        ServerFixture app;
        if (problem != QStringLiteral("redirect"))
            spotify->registerRedirectUri(app.services->redirectUri(QStringLiteral("spotify")));
        const QString clientId = problem == QStringLiteral("client")
            ? QStringLiteral("ffffffffffffffffffffffffffffffff")
            : FakeSpotify::clientId();
        QVERIFY(waitForTask(app.services->account(QStringLiteral("spotify"))->setCredentials(clientId, std::nullopt)));
        if (problem == QStringLiteral("429"))
            spotify->failNext(QStringLiteral("/authorize"), 429, 3600);
        if (problem == QStringLiteral("503"))
            spotify->failNext(QStringLiteral("/authorize"), 503, 0, 3);
        const RawResponse response
            = httpRequest(app.port(), "GET", "/api/spotify/auth", {{"Authorization", app.bearer()}});
        QCOMPARE(response.status, status);
        QVERIFY2(response.errorMessage().contains(mentions), qPrintable(response.errorMessage()));
        if (status == 429)
            QVERIFY2(response.header("retry-after").toInt() > 3500, response.header("retry-after").constData());
        QVERIFY(!app.services->isAuthorizing(QStringLiteral("spotify")));
    }

    void aClientIdIsStoredAsSpotifyWritesIt()
    {
        Connection c;
        const RawResponse response = c.configure(
            "{\"spotify\":{\"client_id\":\"  " + FakeSpotify::clientId().toUpper().toLatin1() + "\\n\"}}");
        QCOMPARE(response.status, 200);
        QCOMPARE(c.account()->clientId(), FakeSpotify::clientId());
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
    }

    void accountNotAllowedByTheDevelopmentApp_isExplained()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.spotify->setForbidProfile(true);
        const FakeBrowser::Visit visit = FakeBrowser::visit(c.authUrl());
        QVERIFY2(visit.page.contains("User Management"), visit.page.constData());
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));
        QVERIFY(c.storedRefreshToken().isEmpty());
    }

    void tokenEndpointFailure_isReportedAndNotRetried()
    {
        Connection c;
        QVERIFY(c.configureClient());
        c.spotify->failNext(QStringLiteral("/api/token"), 503);
        const FakeBrowser::Visit visit = FakeBrowser::visit(c.authUrl());
        QVERIFY2(visit.page.contains("503"), visit.page.constData());
        QCOMPARE(c.spotify->tokenRequests(), 1);
        QCOMPARE(c.service().value(QStringLiteral("state")).toString(), QStringLiteral("disconnected"));
    }

    void credentials_areCheckedBeforeAnythingIsSaved_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("short id") << QByteArray("{\"spotify\":{\"client_id\":\"1234\"}}") << 400;
        QTest::newRow("not hex") << QByteArray("{\"spotify\":{\"client_id\":\"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"}}")
                                 << 400;
        QTest::newRow("number") << QByteArray("{\"spotify\":{\"client_id\":42}}") << 400;
        QTest::newRow("unknown service") << QByteArray(
            "{\"napster\":{\"client_id\":\"0123456789abcdef0123456789abcdef\"}}")
                                         << 404;
        QTest::newRow("unknown field") << QByteArray(
            "{\"spotify\":{\"client_id\":\"0123456789abcdef0123456789abcdef\",\"x\":1}}")
                                       << 400;
        QTest::newRow("secret too long") << QByteArray(
            "{\"spotify\":{\"client_id\":\"0123456789abcdef0123456789abcdef\","
            "\"client_secret\":\""
            + QByteArray(600, 'a') + "\"}}")
                                         << 400;
        QTest::newRow("empty") << QByteArray("{}") << 400;
    }

    void credentials_areCheckedBeforeAnythingIsSaved()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        Connection c;
        const RawResponse response = c.configure(body);
        QCOMPARE(response.status, status);
        QVERIFY(!response.errorMessage().isEmpty());
        QVERIFY(!c.account()->isConfigured());
    }

    void authorizing_withoutClientId_pointsToSettings()
    {
        Connection c;
        const RawResponse response = httpRequest(c.port(), "GET", "/api/spotify/auth", c.key());
        QCOMPARE(response.status, 409);
        QVERIFY(response.errorMessage().contains(QStringLiteral("Settings")));
        QCOMPARE(httpRequest(c.port(), "GET", "/api/tidal/auth", c.key()).status, 404);
        QCOMPARE(httpRequest(c.port(), "GET", "/api/spotify/auth").status, 401);
    }

    void noSecret_reachesTheDatabaseOrTheLog()
    {
        Connection c;
        LogFile::install(c.app->filePath(QStringLiteral("logs")));
        c.spotify->setClientSecret(QStringLiteral("app-secret-9f8e7d6c5b4a"));
        c.spotify->setAccessTokenLifetime(30);
        QCOMPARE(c.configure("{\"spotify\":{\"client_id\":\"" + FakeSpotify::clientId().toLatin1()
                      + "\",\"client_secret\":\"app-secret-9f8e7d6c5b4a\"}}")
                     .status,
            200);
        QVERIFY(FakeBrowser::visit(c.authUrl()).page.contains("connected successfully"));
        QVERIFY(waitForTask(c.account()->accessToken()).ok());
        qInfo() << "a line so the log is not empty";

        QStringList secrets = c.spotify->issuedSecrets();
        secrets << QStringLiteral("app-secret-9f8e7d6c5b4a") << QString::fromLatin1(ServerFixture::apiKeyValue());
        QVERIFY(secrets.size() >= 5);
        QDirIterator files(c.app->dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()),
                    qPrintable(file.fileName() + QStringLiteral(" holds a secret")));
            ++scanned;
        }
        QVERIFY(scanned >= 2);
        // The log did record the connection and the refresh: info lines were on (see LOG_RULES).
        QFile log(c.app->filePath(QStringLiteral("logs/melodyhue.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("melodyhue.account: \"spotify\" connected"), logged.constData());
    }
};

QTEST_MAIN(TestSpotifyConnect)
#include "tst_spotifyconnect.moc"

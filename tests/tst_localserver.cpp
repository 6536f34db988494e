// The local server's contract and every guard, through real HTTP on loopback.
// (No raw string literals here: moc 6.4 misreads a "#" inside them as a directive.)

#include "support/rawhttp.h"
#include "support/serverfixture.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestLocalServer : public QObject
{
    Q_OBJECT

private:
    Headers withKey(const ServerFixture &fixture, Headers headers = {})
    {
        headers.append({"Authorization", fixture.bearer()});
        return headers;
    }
    Headers jsonWithKey(const ServerFixture &fixture)
    {
        return withKey(fixture, {{"Content-Type", "application/json"}});
    }

    static PlaybackState playingState()
    {
        PlaybackState state;
        state.isPlaying = true;
        state.service = QStringLiteral("spotify");
        Track track;
        track.id = QStringLiteral("4uLU6hMCjMI75M1A2tKUQC");
        track.title = QStringLiteral("<script>alert(1)</script>");
        track.artists = {QStringLiteral("Artist \"One\""), QStringLiteral("Two")};
        track.album = QStringLiteral("Album");
        track.coverUrl = QUrl(QStringLiteral("https://i.scdn.co/image/ab67616d0000b273"));
        track.durationMs = 215000;
        track.progressMs = 1000;
        track.url = QUrl(QStringLiteral("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC"));
        state.track = track;
        state.coverPalette
            = Palette{QColor(0x20, 0x30, 0x40), QColor(0xe0, 0x20, 0x40), QColor(0x70, 0x80, 0x90), QColor(Qt::white)};
        return state;
    }

private Q_SLOTS:
    void health_reportsStatusAndVersion()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(fixture.port(), "GET", "/health");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QCOMPARE(response.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(response.json().value(QStringLiteral("version")).toString(), QStringLiteral(MELODYHUE_VERSION));
    }

    void color_answersTheDefaultColourWhenNothingPlays()
    {
        ServerFixture fixture;
        QVERIFY(fixture.settings->set(SettingKey::DefaultOverlayColor, QStringLiteral("#FFEE00")).ok());
        const QJsonObject json = httpRequest(fixture.port(), "GET", "/color").json();
        QCOMPARE(json.value(QStringLiteral("color")).toString(), QStringLiteral("#ffee00"));
        QCOMPARE(json.value(QStringLiteral("text_color")).toString(), QStringLiteral("#000000"));
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("default"));
        QCOMPARE(json.value(QStringLiteral("is_playing")), QJsonValue(false));
    }

    void color_followsThePlayingCoverAndTheColorStyle()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playingState());
        QJsonObject json = httpRequest(fixture.port(), "GET", "/color").json();
        QCOMPARE(json.value(QStringLiteral("color")).toString(), QStringLiteral("#203040"));
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("cover"));
        QCOMPARE(json.value(QStringLiteral("is_playing")), QJsonValue(true));

        QVERIFY(fixture.settings->set(SettingKey::ColorStyle, QStringLiteral("vibrant")).ok());
        json = httpRequest(fixture.port(), "GET", "/color").json();
        QCOMPARE(json.value(QStringLiteral("color")).toString(), QStringLiteral("#e02040"));

        PlaybackState paused = playingState();
        paused.isPlaying = false;
        fixture.nowPlaying.setState(paused);
        json = httpRequest(fixture.port(), "GET", "/color").json();
        QCOMPARE(json.value(QStringLiteral("color")).toString(), fixture.settings->defaultOverlayColor().name());
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("default"));
    }

    void profileRoutes_answerForMeAndTheOwnProfileOnly()
    {
        ServerFixture fixture;
        for (const QByteArray &path :
            QByteArrayList{"/color/me", "/infos/me", "/color/" + fixture.profileId.toLatin1()})
            QCOMPARE(httpRequest(fixture.port(), "GET", path).status, 200);
        const RawResponse other = httpRequest(fixture.port(), "GET", "/color/someoneelse");
        QCOMPARE(other.status, 404);
        QCOMPARE(other.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(httpRequest(fixture.port(), "GET", "/infos/someoneelse").status, 404);
    }

    void infos_hasTheContractShapeWhenNothingPlays()
    {
        ServerFixture fixture;
        const QJsonObject json = httpRequest(fixture.port(), "GET", "/infos").json();
        QCOMPARE(json.value(QStringLiteral("is_playing")), QJsonValue(false));
        QVERIFY(json.value(QStringLiteral("track")).isNull());
        QVERIFY(json.value(QStringLiteral("service")).isNull());
        QCOMPARE(json.value(QStringLiteral("color")).toString(), QStringLiteral("#7c4dff"));
        const QJsonObject palette = json.value(QStringLiteral("palette")).toObject();
        for (const char *swatch : {"dominant", "vibrant", "muted", "text"})
            QVERIFY2(palette.value(QLatin1String(swatch)).toString().startsWith(u'#'), swatch);
        QVERIFY(
            QDateTime::fromString(json.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs).isValid());
    }

    void infos_describesThePlayingTrackAsData()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playingState());
        const QJsonObject json = httpRequest(fixture.port(), "GET", "/infos").json();
        QCOMPARE(json.value(QStringLiteral("service")).toString(), QStringLiteral("spotify"));
        const QJsonObject track = json.value(QStringLiteral("track")).toObject();
        QCOMPARE(track.value(QStringLiteral("title")).toString(), QStringLiteral("<script>alert(1)</script>"));
        QCOMPARE(track.value(QStringLiteral("artists")).toArray().size(), 2);
        QCOMPARE(track.value(QStringLiteral("duration_ms")).toInteger(), 215000);
        QCOMPARE(track.value(QStringLiteral("type")).toString(), QStringLiteral("track"));
        QCOMPARE(json.value(QStringLiteral("palette")).toObject().value(QStringLiteral("muted")).toString(),
            QStringLiteral("#708090"));
    }

    void unknownRoute_is404Json()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(fixture.port(), "GET", "/nothing/here");
        QCOMPARE(response.status, 404);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QVERIFY(!response.errorMessage().isEmpty());
    }

    void otherMethod_is405WithAllow()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(fixture.port(), "DELETE", "/color");
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("allow"), QByteArray("GET, HEAD"));
        const RawResponse settings = httpRequest(fixture.port(), "POST", "/settings/me", withKey(fixture));
        QCOMPARE(settings.status, 405);
        QCOMPARE(settings.header("allow"), QByteArray("GET, HEAD, PATCH"));
    }

    void foreignHost_isRefusedBeforeRouting_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("rebinding domain") << QByteArray("attacker.example:PORT") << 403;
        QTest::newRow("other port") << QByteArray("127.0.0.1:1") << 403;
        QTest::newRow("no port") << QByteArray("localhost") << 403;
        QTest::newRow("lan address") << QByteArray("192.168.1.10:PORT") << 403;
        QTest::newRow("empty") << QByteArray("") << 403;
    }

    void foreignHost_isRefusedBeforeRouting()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        ServerFixture fixture;
        host.replace("PORT", QByteArray::number(fixture.port()));
        const RawResponse response = httpRequest(fixture.port(), "GET", "/color", {{"Host", host}});
        QCOMPARE(response.status, status);
        QVERIFY(response.errorMessage().contains(QStringLiteral("127.0.0.1")));
    }

    void missingOrDuplicateHost_is400()
    {
        ServerFixture fixture;
        const QByteArray port = QByteArray::number(fixture.port());
        RawHttpClient missing(fixture.port());
        QVERIFY(missing.connectToServer());
        missing.send("GET /color HTTP/1.1\r\n\r\n");
        QCOMPARE(missing.readResponse()->status, 400);

        RawHttpClient twice(fixture.port());
        QVERIFY(twice.connectToServer());
        twice.send(
            QByteArray("GET /color HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nHost: evil:" + port + "\r\n\r\n"));
        QCOMPARE(twice.readResponse()->status, 400);
    }

    void loopbackHostNames_areAccepted()
    {
        ServerFixture fixture;
        const QByteArray port = QByteArray::number(fixture.port());
        for (const QByteArray &host :
            QByteArrayList{"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port})
            QVERIFY2(httpRequest(fixture.port(), "GET", "/color", {{"Host", host}}).status == 200, host.constData());
    }

    void absoluteTarget_isRefused()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(fixture.port(), "GET", "http://attacker.example/color");
        QCOMPARE(response.status, 400);
    }

    void privateRoute_needsTheApiKey()
    {
        ServerFixture fixture;
        RawResponse response = httpRequest(fixture.port(), "GET", "/settings/me");
        QCOMPARE(response.status, 401);
        QCOMPARE(response.header("www-authenticate"), QByteArray("Bearer"));
        response = httpRequest(fixture.port(), "GET", "/settings/me", {{"Authorization", "Bearer wrong"}});
        QCOMPARE(response.status, 401);
        response = httpRequest(fixture.port(), "GET", "/settings/me?key=" + ServerFixture::apiKeyValue());
        QCOMPARE(response.status, 401);
        response = httpRequest(
            fixture.port(), "GET", "/settings/me", {{"Authorization", "Basic " + ServerFixture::apiKeyValue()}});
        QCOMPARE(response.status, 401);
        response = httpRequest(fixture.port(), "GET", "/settings/me", withKey(fixture));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QStringLiteral("sync_interval_minutes")).toInt(), 30);
        QCOMPARE(response.json().value(QStringLiteral("poll_interval_seconds")).toInt(), 10);
        QVERIFY(!response.json().contains(QStringLiteral("server_port")));
    }

    void privateRoute_refusesForeignOrigins()
    {
        ServerFixture fixture;
        const QByteArray own = "http://127.0.0.1:" + QByteArray::number(fixture.port());
        QCOMPARE(httpRequest(fixture.port(), "GET", "/settings/me", withKey(fixture, {{"Origin", own}})).status, 200);
        for (const QByteArray &origin : QByteArrayList{"https://attacker.example", "null", "http://127.0.0.1:1"}) {
            const RawResponse response = httpRequest(fixture.port(), "PATCH", "/settings/me",
                withKey(fixture, {{"Origin", origin}, {"Content-Type", "application/json"}}),
                "{\"default_overlay_color\":\"#000000\"}");
            QCOMPARE(response.status, 403);
            QVERIFY(!response.headers.contains("access-control-allow-origin"));
        }
        const RawResponse crossSite
            = httpRequest(fixture.port(), "GET", "/settings/me", withKey(fixture, {{"Sec-Fetch-Site", "cross-site"}}));
        QCOMPARE(crossSite.status, 403);
        QCOMPARE(fixture.settings->defaultOverlayColor(), QColor(QStringLiteral("#7c4dff")));
    }

    void patch_changesTheColourAtOnce()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(fixture.port(), "PATCH", "/settings/me", jsonWithKey(fixture),
            "{\"default_overlay_color\":\"#1DB954\",\"sync_interval_minutes\":45}");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QStringLiteral("default_overlay_color")).toString(), QStringLiteral("#1db954"));
        QCOMPARE(httpRequest(fixture.port(), "GET", "/color").json().value(QStringLiteral("color")).toString(),
            QStringLiteral("#1db954"));
        QCOMPARE(fixture.settings->syncIntervalMinutes(), 45);
    }

    void patch_badInput_isRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("not json content type")
            << QByteArray("text/plain") << QByteArray("{\"color_style\":\"muted\"}") << 415;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("color_style=muted")
                              << 415;
        QTest::newRow("malformed json") << QByteArray("application/json") << QByteArray("{\"color_style\":\"muted\"")
                                        << 400;
        QTest::newRow("array") << QByteArray("application/json") << QByteArray("[\"muted\"]") << 400;
        QTest::newRow("bad colour") << QByteArray("application/json")
                                    << QByteArray("{\"default_overlay_color\":\"red\"}") << 400;
        QTest::newRow("short colour") << QByteArray("application/json")
                                      << QByteArray("{\"default_overlay_color\":\"#fff\"}") << 400;
        QTest::newRow("one bad among good")
            << QByteArray("application/json") << QByteArray("{\"color_style\":\"muted\",\"poll_interval_seconds\":1}")
            << 400;
        QTest::newRow("unknown key") << QByteArray("application/json") << QByteArray("{\"colour\":\"#000000\"}") << 400;
        QTest::newRow("internal key") << QByteArray("application/json") << QByteArray("{\"server_port\":9000}") << 400;
        QTest::newRow("wrong type") << QByteArray("application/json") << QByteArray("{\"start_at_login\":\"yes\"}")
                                    << 400;
        QTest::newRow("fraction") << QByteArray("application/json") << QByteArray("{\"sync_interval_minutes\":30.5}")
                                  << 400;
        QTest::newRow("path escape") << QByteArray("application/json")
                                     << QByteArray("{\"file_name_template\":\"../{title}\"}") << 400;
        QTest::newRow("colour with a final newline")
            << QByteArray("application/json") << QByteArray("{\"default_overlay_color\":\"#222222\\n\"}") << 400;
        QTest::newRow("colour with a leading newline")
            << QByteArray("application/json") << QByteArray("{\"default_overlay_color\":\"\\n#222222\"}") << 400;
        const QByteArray json = "application/json";
        for (const QByteArray &pattern :
            QByteArrayList{"{title}\\u0000.mp3", "{artists}\\u0007{title}", "{artists}\\n{title}", "{title}?",
                "{artists}: {title}", "<{title}>", "{artists}|{title}", "\\\"{title}\\\"", "{title}*",
                "{artists}//{title}", "{artists}/", "{artists}./{title}", "CON/{title}", "{artists}/aux.txt/{title}"}) {
            QTest::addRow("file name pattern %s", pattern.constData())
                << json << QByteArray("{\"file_name_template\":\"" + pattern + "\"}") << 400;
        }
    }

    void patch_badInput_isRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        ServerFixture fixture;
        const QJsonObject before = fixture.settings->publicJson();
        const RawResponse response = httpRequest(
            fixture.port(), "PATCH", "/settings/me", withKey(fixture, {{"Content-Type", contentType}}), body);
        QCOMPARE(response.status, status);
        QVERIFY2(!response.errorMessage().isEmpty(), response.body.constData());
        QCOMPARE(fixture.settings->publicJson(), before);
        QCOMPARE(httpRequest(fixture.port(), "GET", "/settings/me", withKey(fixture)).json(), before);
    }

    void publicRoute_refusesABody()
    {
        ServerFixture fixture;
        QCOMPARE(httpRequest(fixture.port(), "GET", "/color", {}, "x").status, 400);
    }

    void oversizedBody_isRefusedBeforeItIsSent()
    {
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        // Only the head: the 413 must come without the server waiting for (or buffering) 300 MB.
        client.send(QByteArray("PATCH /settings/me HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(fixture.port())
            + "\r\nAuthorization: " + fixture.bearer()
            + "\r\nContent-Type: application/json\r\nContent-Length: 314572800\r\n\r\n{\"a\":"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        client.send(QByteArray(64 * 1024, 'x'));
        QVERIFY(client.waitForClosed());
    }

    void bodyJustUnderTheLimit_reachesTheRoute()
    {
        ServerFixture fixture;
        QByteArray body = "{\"file_name_template\":\"" + QByteArray(150, 'a') + "{title}\",\"x\":\"";
        body += QByteArray(1024 * 1024 - body.size() - 2, 'b') + "\"}";
        QCOMPARE(body.size(), 1024 * 1024);
        const RawResponse response = httpRequest(fixture.port(), "PATCH", "/settings/me", jsonWithKey(fixture), body);
        QCOMPARE(response.status, 400); // reached the route: "x" is not a setting
        QVERIFY(response.errorMessage().contains(QStringLiteral("\"x\"")));
    }

    void chunkedBody_needsALength()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(
            fixture.port(), "PATCH", "/settings/me", withKey(fixture, {{"Transfer-Encoding", "chunked"}}));
        QCOMPARE(response.status, 411);
    }

    void oversizedHeads_areRefused()
    {
        ServerFixture fixture;
        QCOMPARE(httpRequest(fixture.port(), "GET", "/color?" + QByteArray(9000, 'a')).status, 414);
        QCOMPARE(httpRequest(fixture.port(), "GET", "/color", {{"X-Big", QByteArray(17000, 'a')}}).status, 431);
        Headers many;
        for (int i = 0; i < 70; ++i)
            many.append({"X-H" + QByteArray::number(i), "1"});
        QCOMPARE(httpRequest(fixture.port(), "GET", "/color", many).status, 431);
    }

    void malformedRequests_areRefused()
    {
        ServerFixture fixture;
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(fixture.port()) + "\r\n";
        for (const QByteArray &raw :
            QByteArrayList{"GARBAGE\r\n" + host + "\r\n", "GET /color HTTP/2.0\r\n" + host + "\r\n",
                "GET /color HTTP/1.1\r\n" + host + " folded: header\r\n\r\n",
                "GET /color HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n"}) {
            RawHttpClient client(fixture.port());
            QVERIFY(client.connectToServer());
            client.send(raw);
            const auto response = client.readResponse();
            QVERIFY2(response && (response->status == 400 || response->status == 505), raw.constData());
            QVERIFY(client.waitForClosed());
        }
    }

    void slowHeaders_timeOut()
    {
        ServerLimits limits;
        limits.headTimeout = 300ms;
        ServerFixture fixture(limits);
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send("GET /color HTTP/1.1\r\nHost: 127.0.0.1");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QVERIFY(client.waitForClosed());
    }

    void slowBody_timesOut()
    {
        ServerLimits limits;
        limits.requestTimeout = 400ms;
        ServerFixture fixture(limits);
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(QByteArray("PATCH /settings/me HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(fixture.port())
            + "\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QVERIFY(client.waitForClosed());
    }

    void idleConnection_isClosed()
    {
        ServerLimits limits;
        limits.idleTimeout = 300ms;
        ServerFixture fixture(limits);
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        QVERIFY(client.waitForClosed());
        QTRY_COMPARE(fixture.server->openConnections(), 0);
    }

    void keepAlive_servesSeveralRequestsOnOneConnection()
    {
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        for (int i = 0; i < 5; ++i) {
            client.send(RawHttpClient::request("GET", i % 2 ? "/infos" : "/color", fixture.port()));
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        QVERIFY(client.isConnected());
    }

    void pipelinedRequests_areAnsweredInOrder()
    {
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        // The first answer waits on the keychain; the second one is ready at once but must follow it.
        const QByteArray body = R"({"spotify":{"client_id":"0123456789abcdef0123456789abcdef","client_secret":"s"}})";
        const QByteArray port = QByteArray::number(fixture.port());
        client.send("POST /api/config HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + fixture.bearer()
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body + RawHttpClient::request("GET", "/health", fixture.port()));
        const auto first = client.readResponse();
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QVERIFY2(first->body.startsWith("[{"), first->body.constData());
        const auto second = client.readResponse();
        QVERIFY(second);
        QCOMPARE(second->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void closeRequests_areClosedAfterTheResponse_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /color HTTP/1.0\r\nHost: 127.0.0.1:PORT\r\n\r\n");
        QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("GET /color HTTP/1.0\r\nHost: 127.0.0.1:PORT\r\n"
                                                           "Connection: keep-alive\r\n\r\n");
        QTest::newRow("Connection: close") << QByteArray("GET /color HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n"
                                                         "Connection: close\r\n\r\n");
    }

    void closeRequests_areClosedAfterTheResponse()
    {
        QFETCH(QByteArray, raw);
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(raw.replace("PORT", QByteArray::number(fixture.port())));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(client.waitForClosed(2000));
    }

    void everyResponse_carriesTheSafetyHeadersAndNoCorsGrant()
    {
        ServerFixture fixture;
        const QList<RawResponse> responses{
            httpRequest(fixture.port(), "GET", "/color"),
            httpRequest(fixture.port(), "GET", "/missing"),
            httpRequest(fixture.port(), "GET", "/settings/me"),
            httpRequest(fixture.port(), "GET", "/settings/me", withKey(fixture)),
            httpRequest(fixture.port(), "GET", "/color", {{"Host", "attacker.example"}}),
        };
        for (const RawResponse &response : responses) {
            QVERIFY(response.status != 0);
            QCOMPARE(response.header("x-content-type-options"), QByteArray("nosniff"));
            QCOMPARE(response.header("referrer-policy"), QByteArray("no-referrer"));
            QVERIFY(!response.headers.contains("access-control-allow-origin"));
        }
    }

    void listens_onLoopbackOnly()
    {
        ServerFixture fixture;
        QCOMPARE(fixture.server->listenAddress(), QHostAddress(QHostAddress::LocalHost));
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket socket;
            socket.connectToHost(address, fixture.port());
            QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
        }
    }

    void portInUse_isReportedAndThePreviousListenerKeepsServing()
    {
        ServerFixture fixture;
        const quint16 original = fixture.port();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        const auto result = fixture.server->listen(squatter.serverPort());
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(QString::number(squatter.serverPort())));
        QCOMPARE(fixture.server->port(), original);
        QCOMPARE(httpRequest(original, "GET", "/health").status, 200);

        QVERIFY(fixture.server->listen(0).ok());
        QVERIFY(fixture.server->port() != original);
        QCOMPARE(httpRequest(fixture.server->port(), "GET", "/health").status, 200);
        const QByteArray host = "127.0.0.1:" + QByteArray::number(fixture.server->port());
        QCOMPARE(httpRequest(fixture.server->port(), "GET", "/health", {{"Host", host}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"

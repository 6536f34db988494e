// What a hostile local client can try against the local server, through real sockets on
// loopback: upgrade requests, pipelines cut anywhere, bodies that look like requests, clients
// that never read, slow connections that fill the cap. Every guard must hold for every request.

#include "support/rawhttp.h"
#include "support/serverfixture.h"

#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestHostileClients : public QObject
{
    Q_OBJECT

private:
    static QByteArray get(const QByteArray &path, quint16 port, const Headers &headers = {})
    {
        return RawHttpClient::request("GET", path, port, headers);
    }

    static Headers upgradeTo(const QByteArray &protocol)
    {
        return {{"Upgrade", protocol}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
            {"Sec-WebSocket-Version", "13"}};
    }

    // Everything the server answers until it closes the connection.
    static QList<RawResponse> readUntilClosed(RawHttpClient &client)
    {
        QList<RawResponse> responses;
        while (const auto response = client.readResponse(3000))
            responses.append(*response);
        return responses;
    }

private Q_SLOTS:
    void anUpgradeRequest_leavesEveryGuardOn_data()
    {
        QTest::addColumn<QByteArray>("protocol");
        QTest::addColumn<QByteArray>("next");
        QTest::addColumn<int>("status");
        const QByteArray foreignHost = "GET /settings/me HTTP/1.1\r\nHost: attacker.example\r\nAuthorization: Bearer "
            + ServerFixture::apiKeyValue() + "\r\n\r\n";
        const QByteArray hugeBody = "PATCH /settings/me HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Type: "
                                    "application/json\r\nContent-Length: 314572800\r\n\r\n{";
        QTest::newRow("h2c, then a foreign Host") << QByteArray("h2c") << foreignHost << 403;
        QTest::newRow("websocket, then a foreign Host") << QByteArray("websocket") << foreignHost << 403;
        QTest::newRow("anything, then 300 MB") << QByteArray("anything") << hugeBody << 413;
    }

    void anUpgradeRequest_leavesEveryGuardOn()
    {
        QFETCH(QByteArray, protocol);
        QFETCH(QByteArray, next);
        QFETCH(int, status);
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(get("/health", fixture.port(), upgradeTo(protocol)));
        const auto health = client.readResponse();
        QVERIFY(health);
        QCOMPARE(health->status, 200);

        client.send(next.replace("PORT", QByteArray::number(fixture.port())));
        const auto refused = client.readResponse();
        QVERIFY(refused);
        QCOMPARE(refused->status, status);
        QVERIFY(client.waitForClosed());
    }

    void upgradeProtocols_data()
    {
        QTest::addColumn<QByteArray>("protocol");
        QTest::newRow("h2c") << QByteArray("h2c");
        QTest::newRow("websocket") << QByteArray("websocket");
    }

    void anUpgradeRequest_stillTimesOutWhenIdle_data() { upgradeProtocols_data(); }
    void anUpgradeRequest_stillTimesOutWhenIdle()
    {
        QFETCH(QByteArray, protocol);
        ServerLimits limits;
        limits.idleTimeout = 300ms;
        ServerFixture fixture(limits);
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(get("/health", fixture.port(), upgradeTo(protocol)));
        QVERIFY(client.readResponse());
        QVERIFY(client.waitForClosed(3000));
        QTRY_COMPARE(fixture.server->openConnections(), 0);
    }

    void upgradedConnections_doNotHoldTheCap_data() { upgradeProtocols_data(); }
    void upgradedConnections_doNotHoldTheCap()
    {
        QFETCH(QByteArray, protocol);
        ServerLimits limits;
        limits.maxConnections = 4;
        ServerFixture fixture(limits);
        std::vector<std::unique_ptr<RawHttpClient>> upgraded;
        for (int i = 0; i < limits.maxConnections; ++i) {
            upgraded.push_back(std::make_unique<RawHttpClient>(fixture.port()));
            QVERIFY(upgraded.back()->connectToServer());
            upgraded.back()->send(get("/health", fixture.port(), upgradeTo(protocol)));
            QVERIFY(upgraded.back()->readResponse());
        }
        QCOMPARE(httpRequest(fixture.port(), "GET", "/color").status, 200);
    }

    void aWebSocketHandshakeOnAnOrdinaryRoute_getsOneAnswer()
    {
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(get("/health", fixture.port(), upgradeTo("websocket")));
        const auto health = client.readResponse();
        QVERIFY(health);
        QCOMPARE(health->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        client.send(get("/color", fixture.port()));
        const auto color = client.readResponse();
        QVERIFY(color);
        QCOMPARE(color->status, 200);
        QVERIFY2(color->json().contains(QStringLiteral("color")), color->body.constData());
    }

    void aPipelinedRequestSplitAcrossWrites_isServed()
    {
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        const QByteArray second = get("/infos", fixture.port());
        const qsizetype cut = second.size() / 2;
        client.send(get("/color", fixture.port()) + second.first(cut));
        const auto color = client.readResponse();
        QVERIFY(color);
        QCOMPARE(color->status, 200);
        client.send(second.sliced(cut));
        const auto infos = client.readResponse();
        QVERIFY(infos);
        QCOMPARE(infos->status, 200);
        QVERIFY2(infos->json().contains(QStringLiteral("palette")), infos->body.constData());
    }

    void thousandsOfPipelinedRequests_areAllAnswered_data()
    {
        QTest::addColumn<bool>("withBodies");
        QTest::newRow("GET") << false;
        QTest::newRow("GET and PATCH with bodies") << true;
    }

    void thousandsOfPipelinedRequests_areAllAnswered()
    {
        QFETCH(bool, withBodies);
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        constexpr int count = 3000;
        const QByteArray patch = RawHttpClient::request("PATCH", "/settings/me", fixture.port(),
            {{"Authorization", fixture.bearer()}, {"Content-Type", "application/json"}}, "{\"color_style\":\"muted\"}");
        QByteArray pipeline;
        for (int i = 0; i < count; ++i)
            pipeline += i % 2 ? (withBodies ? patch : get("/infos", fixture.port())) : get("/color", fixture.port());
        client.send(pipeline);
        for (int i = 0; i < count; ++i) {
            const auto response = client.readResponse();
            QVERIFY2(response, qPrintable(QStringLiteral("answer %1 of %2 missing").arg(i + 1).arg(count)));
            QCOMPARE(response->status, 200);
            const QString expectedKey = i % 2 ? (withBodies ? u"color_style"_s : u"palette"_s) : u"text_color"_s;
            QVERIFY2(response->json().contains(expectedKey), response->body.constData());
        }
        QVERIFY(client.isConnected());
    }

    void aBodyThatLooksLikeARequest_staysABody()
    {
        ServerFixture fixture;
        const QByteArray port = QByteArray::number(fixture.port());
        const QByteArray smuggled
            = "GET /settings/me HTTP/1.1\r\nHost: attacker.example\r\nAuthorization: " + fixture.bearer() + "\r\n\r\n";
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(get("/health", fixture.port())
            + RawHttpClient::request("PATCH", "/settings/me", fixture.port(),
                {{"Authorization", fixture.bearer()}, {"Content-Type", "application/json"}}, smuggled)
            + smuggled);
        const QList<RawResponse> responses = readUntilClosed(client);
        QList<int> statuses;
        for (const RawResponse &response : responses) {
            statuses.append(response.status);
            QVERIFY2(!response.json().contains(QStringLiteral("default_overlay_color")), response.body.constData());
        }
        QCOMPARE(statuses, (QList<int>{200, 400, 403}));
    }

    void aClientThatNeverReads_cannotGrowTheServersBuffers()
    {
        ServerFixture fixture;
        // About 4 KB per answer, 40 MB in all: far more than the kernel's socket buffers hold.
        PlaybackState state;
        state.isPlaying = true;
        state.service = QStringLiteral("spotify");
        Track track;
        track.title = QString(500, u't');
        for (int i = 0; i < 30; ++i)
            track.artists.append(QString(100, u'a'));
        state.track = track;
        fixture.nowPlaying.setState(state);

        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        constexpr int count = 10'000;
        QByteArray pipeline;
        for (int i = 0; i < count; ++i)
            pipeline += get("/infos", fixture.port());
        client.socket().setReadBufferSize(64 * 1024);
        client.send(pipeline);

        constexpr qint64 bound = 1024 * 1024;
        QTRY_VERIFY_WITH_TIMEOUT(fixture.server->connectionLoad().waitingForClient == 1
                || fixture.server->connectionLoad().unsentBytes > 8 * bound,
            30'000);
        QVERIFY2(fixture.server->connectionLoad().unsentBytes < bound,
            qPrintable(QString::number(fixture.server->connectionLoad().unsentBytes)));

        // Once the client reads, every answer arrives, in order.
        client.socket().setReadBufferSize(0);
        for (int i = 0; i < count; ++i) {
            const auto response = client.readResponse(10'000);
            QVERIFY2(response, qPrintable(QStringLiteral("answer %1 of %2 missing").arg(i + 1).arg(count)));
            QCOMPARE(response->status, 200);
        }
    }

    void connectionCloseOnAMiddleRequest_endsTheConnectionThere()
    {
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(get("/color", fixture.port()) + get("/infos", fixture.port(), {{"Connection", "close"}})
            + get("/health", fixture.port()));
        const QList<RawResponse> responses = readUntilClosed(client);
        QCOMPARE(responses.size(), 2);
        QVERIFY(responses[1].json().contains(QStringLiteral("palette")));
        QCOMPARE(responses[1].header("connection"), QByteArray("close"));
        QVERIFY(!client.isConnected());
    }

    void head_isAnsweredWithoutABody_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("status");
        QTest::newRow("/color") << QByteArray("/color") << false << 200;
        QTest::newRow("/infos/me") << QByteArray("/infos/me") << false << 200;
        QTest::newRow("/health") << QByteArray("/health") << false << 200;
        QTest::newRow("/settings/me") << QByteArray("/settings/me") << true << 200;
        QTest::newRow("missing") << QByteArray("/nothing") << false << 404;
    }

    void head_isAnsweredWithoutABody()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, withKey);
        QFETCH(int, status);
        ServerFixture fixture;
        const Headers headers = withKey ? Headers{{"Authorization", fixture.bearer()}} : Headers{};
        const RawResponse full = httpRequest(fixture.port(), "GET", path, headers);

        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(RawHttpClient::request("HEAD", path, fixture.port(), headers) + get("/health", fixture.port()));
        const auto head = client.readResponse(5000, true);
        QVERIFY(head);
        QCOMPARE(head->status, status);
        QCOMPARE(head->header("content-length"), QByteArray::number(full.body.size()));
        QCOMPARE(head->header("content-type"), full.header("content-type"));
        // The next bytes are the next answer, not a body.
        const auto health = client.readResponse();
        QVERIFY(health);
        QCOMPARE(health->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void aValidAnswer_isNotLostWhenARefusedRequestFollows()
    {
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(get("/color", fixture.port()) + get("/color", fixture.port(), {{"Host", "attacker.example"}}));
        const QList<RawResponse> responses = readUntilClosed(client);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses[0].status, 200);
        QVERIFY(responses[0].json().contains(QStringLiteral("color")));
        QCOMPARE(responses[1].status, 403);
    }

    void atTheCap_theConnectionWithTheLeastProgressMakesRoom()
    {
        ServerLimits limits;
        limits.maxConnections = 4;
        ServerFixture fixture(limits);
        // A slow-loris client holds every connection with heads that never end.
        std::vector<std::unique_ptr<RawHttpClient>> slow;
        for (int i = 0; i < limits.maxConnections; ++i) {
            slow.push_back(std::make_unique<RawHttpClient>(fixture.port()));
            QVERIFY(slow.back()->connectToServer());
            slow.back()->send("GET /color HTTP/1.1\r\nX-Slow: ");
        }
        QTRY_COMPARE(fixture.server->openConnections(), limits.maxConnections);
        // A connection that has been served is worth keeping.
        RawHttpClient overlay(fixture.port());
        QVERIFY(overlay.connectToServer());
        overlay.send(get("/color", fixture.port()));
        const auto served = overlay.readResponse();
        QVERIFY(served);
        QCOMPARE(served->status, 200);

        for (int round = 0; round < 10; ++round) {
            QCOMPARE(httpRequest(fixture.port(), "GET", "/infos").status, 200);
            QVERIFY(fixture.server->openConnections() <= limits.maxConnections);
        }
        QTRY_VERIFY(std::any_of(slow.cbegin(), slow.cend(), [](const auto &client) { return !client->isConnected(); }));
        overlay.send(get("/color", fixture.port()));
        const auto again = overlay.readResponse();
        QVERIFY(again);
        QCOMPARE(again->status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHostileClients)
#include "tst_hostileclients.moc"

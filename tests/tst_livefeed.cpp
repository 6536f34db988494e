// The /ws live feed under the same rules as every route: Host and Origin checked at the
// handshake, a broken handshake answered with what is wrong, a cap on clients, the protocol's
// rules for what clients send (masked frames, control frames, UTF-8), and a client that does
// not read (whether it is sent messages or pongs) cut off without holding the others back.

#include "support/rawhttp.h"
#include "support/serverfixture.h"

#include "server/api/livefeed.h"
#include "server/http/reply.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace {

QByteArray handshake(quint16 port, const QByteArray &host, const QByteArray &origin = {})
{
    QByteArray request = "GET /ws HTTP/1.1\r\nHost: " + host
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
    if (!origin.isEmpty())
        request += "Origin: " + origin + "\r\n";
    Q_UNUSED(port);
    return request + "\r\n";
}

// The sample key of RFC 6455 §1.3 and its answer.
const QByteArray sampleKey = "dGhlIHNhbXBsZSBub25jZQ==";
const QByteArray sampleAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

enum Opcode { Continuation = 0x0, Text = 0x1, Close = 0x8, Ping = 0x9, Pong = 0xa };

// A client past its handshake, having read the state sent on connect.
struct Connected {
    explicit Connected(ServerFixture &fixture)
        : client(fixture.port())
    {
        if (!client.connectToServer())
            return;
        client.send(handshake(fixture.port(), "127.0.0.1:" + QByteArray::number(fixture.port())));
        const auto response = client.readResponse();
        const auto first = client.readFrame();
        ready = response && response->status == 101 && first && first->opcode == Text;
    }
    RawHttpClient client;
    bool ready = false;
};

void play(NowPlaying &nowPlaying, const QString &title)
{
    PlaybackState state;
    state.isPlaying = true;
    Track track;
    track.title = title;
    state.track = track;
    nowPlaying.setState(state);
}

} // namespace

using namespace Qt::Literals::StringLiterals;

class TestLiveFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHandshake_fromThisSiteOrAProgram_isAccepted_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::newRow("a program (no Origin)") << QByteArray();
        QTest::newRow("an overlay page of this server") << QByteArray("http://127.0.0.1:%1");
    }

    void aHandshake_fromThisSiteOrAProgram_isAccepted()
    {
        QFETCH(QByteArray, origin);
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        const QByteArray port = QByteArray::number(fixture.port());
        client.send(handshake(fixture.port(), "127.0.0.1:" + port, origin.replace("%1", port)));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 101);
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
    }

    void aHandshake_fromElsewhere_isRefused_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::newRow("another web site") << QByteArray("127.0.0.1:%1") << QByteArray("https://evil.example") << 403;
        QTest::newRow("a rebound DNS name") << QByteArray("evil.example:%1") << QByteArray() << 403;
    }

    void aHandshake_fromElsewhere_isRefused()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(handshake(fixture.port(), host.replace("%1", QByteArray::number(fixture.port())), origin));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(fixture.server->liveFeed().clientCount(), 0);
    }

    void aPlainRequest_isToldToUpgrade()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(fixture.port(), "GET", "/ws");
        QCOMPARE(response.status, 426);
        QCOMPARE(response.reason, QByteArray("Upgrade Required"));
        QCOMPARE(response.header("upgrade"), QByteArray("websocket"));
    }

    void aBrokenHandshake_getsAnAnswerThatSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        const QByteArray host = "Host: 127.0.0.1:PORT\r\n";
        const QByteArray upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
        const QByteArray key = "Sec-WebSocket-Key: " + sampleKey + "\r\n";
        const QByteArray version = "Sec-WebSocket-Version: 13\r\n";
        QTest::newRow("HTTP/1.0") << QByteArray("GET /ws HTTP/1.0\r\n" + host + upgrade + key + version + "\r\n") << 400
                                  << u"HTTP/1.1"_s;
        QTest::newRow("no Connection: Upgrade")
            << QByteArray("GET /ws HTTP/1.1\r\n" + host + "Upgrade: websocket\r\n" + key + version + "\r\n") << 400
            << u"Connection"_s;
        QTest::newRow("no version") << QByteArray("GET /ws HTTP/1.1\r\n" + host + upgrade + key + "\r\n") << 426
                                    << u"Sec-WebSocket-Version: 13"_s;
        QTest::newRow("version 8") << QByteArray(
            "GET /ws HTTP/1.1\r\n" + host + upgrade + key + "Sec-WebSocket-Version: 8\r\n\r\n")
                                   << 426 << u"version 8"_s;
        QTest::newRow("no key") << QByteArray("GET /ws HTTP/1.1\r\n" + host + upgrade + version + "\r\n") << 400
                                << u"Sec-WebSocket-Key"_s;
        QTest::newRow("a key that is not 16 bytes") << QByteArray(
            "GET /ws HTTP/1.1\r\n" + host + upgrade + "Sec-WebSocket-Key: c2hvcnQ=\r\n" + version + "\r\n")
                                                    << 400 << u"Sec-WebSocket-Key"_s;
        QTest::newRow("two Origins") << QByteArray("GET /ws HTTP/1.1\r\n" + host + upgrade + key + version
            + "Origin: http://127.0.0.1:PORT\r\nOrigin: https://evil.example\r\n\r\n")
                                     << 400 << u"origin"_s;
        QTest::newRow("headers past the limit") << QByteArray("GET /ws HTTP/1.1\r\n" + host + upgrade + key + version
            + "X-Padding: " + QByteArray(20'000, 'a') + "\r\n\r\n")
                                                << 431 << u"headers"_s;
    }

    void aBrokenHandshake_getsAnAnswerThatSaysWhy()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, said);
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        client.send(request.replace("PORT", QByteArray::number(fixture.port())));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(response->reason, Reply::reasonPhrase(status));
        QVERIFY2(response->errorMessage().contains(said), response->body.constData());
        if (status == 426)
            QCOMPARE(response->header("sec-websocket-version"), QByteArray("13"));
        QVERIFY(client.waitForClosed());
        QCOMPARE(fixture.server->liveFeed().clientCount(), 0);
    }

    void anUnusualButValidHandshake_isAccepted_data()
    {
        QTest::addColumn<QByteArray>("extraHeaders");
        QTest::addColumn<QByteArray>("upgrade");
        QTest::newRow("Upgrade lists another protocol first") << QByteArray() << QByteArray("foo, websocket");
        QTest::newRow("a large header") << QByteArray("X-Padding: " + QByteArray(12'000, 'a') + "\r\n")
                                        << QByteArray("WebSocket");
    }

    void anUnusualButValidHandshake_isAccepted()
    {
        QFETCH(QByteArray, extraHeaders);
        QFETCH(QByteArray, upgrade);
        ServerFixture fixture;
        RawHttpClient client(fixture.port());
        QVERIFY(client.connectToServer());
        // A ping right behind the handshake, in the same write: answered once upgraded.
        client.send("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(fixture.port())
            + "\r\nUpgrade: " + upgrade + "\r\nConnection: keep-alive, Upgrade\r\nSec-WebSocket-Key: " + sampleKey
            + "\r\nSec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n" + RawHttpClient::clientFrame(Ping, "early"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 101);
        QCOMPARE(response->reason, QByteArray("Switching Protocols"));
        QCOMPARE(response->header("sec-websocket-accept"), sampleAccept);
        QVERIFY(response->header("content-length").isEmpty());
        QList<int> opcodes;
        for (int i = 0; i < 2; ++i) {
            const auto frame = client.readFrame();
            QVERIFY(frame);
            opcodes << frame->opcode;
            if (frame->opcode == Pong)
                QCOMPARE(frame->payload, QByteArray("early"));
        }
        std::sort(opcodes.begin(), opcodes.end());
        QCOMPARE(opcodes, (QList<int>{Text, Pong}));
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
    }

    void aFrameThatBreaksTheProtocol_closesTheConnectionWithItsCode_data()
    {
        QTest::addColumn<QByteArray>("frames");
        QTest::addColumn<int>("code");
        QTest::newRow("unmasked") << RawHttpClient::clientFrame(Ping, "x", false) << 1002;
        QTest::newRow("reserved bit") << QByteArray(RawHttpClient::clientFrame(Text, "x")).replace(0, 1, "\xc1")
                                      << 1002;
        QTest::newRow("reserved opcode") << RawHttpClient::clientFrame(0x3, "x") << 1002;
        QTest::newRow("fragmented ping") << RawHttpClient::clientFrame(Ping, "x", true, false) << 1002;
        QTest::newRow("ping of 126 bytes") << RawHttpClient::clientFrame(Ping, QByteArray(126, 'p')) << 1002;
        QTest::newRow("a continuation of nothing") << RawHttpClient::clientFrame(Continuation, "x") << 1002;
        QTest::newRow("text that is not UTF-8") << RawHttpClient::clientFrame(Text, "\xff\xfe") << 1007;
        QTest::newRow("a message past 4 KB")
            << QByteArray(RawHttpClient::clientFrame(Text, QByteArray(3000, 'a'), true, false)
                   + RawHttpClient::clientFrame(Continuation, QByteArray(3000, 'a')))
            << 1009;
        QTest::newRow("a close code that does not exist") << RawHttpClient::clientFrame(Close, "\x03\xe4") << 1002;
    }

    void aFrameThatBreaksTheProtocol_closesTheConnectionWithItsCode()
    {
        QFETCH(QByteArray, frames);
        QFETCH(int, code);
        ServerFixture fixture;
        Connected connected(fixture);
        QVERIFY(connected.ready);
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
        connected.client.send(frames);
        const auto close = connected.client.readFrame();
        QVERIFY(close);
        QCOMPARE(close->opcode, int(Close));
        QCOMPARE(close->closeCode(), code);
        QVERIFY(connected.client.waitForClosed());
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 0);
    }

    void aClientsCloseFrame_isAnsweredAndTheConnectionEnds()
    {
        ServerFixture fixture;
        Connected connected(fixture);
        QVERIFY(connected.ready);
        connected.client.send(RawHttpClient::clientFrame(Close, QByteArray("\x03\xe8") + "bye"));
        const auto close = connected.client.readFrame();
        QVERIFY(close);
        QCOMPARE(close->opcode, int(Close));
        QCOMPARE(close->closeCode(), 1000);
        QVERIFY(connected.client.waitForClosed());
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 0);
    }

    void aPingFloodThatIsNeverRead_cutsTheClientOff()
    {
        ServerFixture fixture;
        Connected flooder(fixture);
        QVERIFY(flooder.ready);
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
        QWebSocket listener;
        QSignalSpy received(&listener, &QWebSocket::textMessageReceived);
        listener.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture.port())));
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 2);

        // Pings, never reading the pongs: with nothing playing, only pongs fill the client's way.
        flooder.client.socket().setReadBufferSize(1);
        QByteArray pings;
        for (int i = 0; i < 1000; ++i)
            pings += RawHttpClient::clientFrame(Ping, QByteArray(125, 'p'));
        for (int round = 0; round < 500 && fixture.server->liveFeed().clientCount() == 2; ++round) {
            flooder.client.send(pings);
            [[maybe_unused]] const bool cut
                = QTest::qWaitFor([&] { return fixture.server->liveFeed().clientCount() < 2; }, 20);
        }
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
        play(fixture.nowPlaying, QStringLiteral("Still live"));
        QTRY_VERIFY(!received.isEmpty()
            && received.last().first().toString().contains(QStringLiteral("\"title\":\"Still live\"")));
    }

    void everyClient_getsTheStateOnConnectAndEachChange()
    {
        ServerFixture fixture;
        play(fixture.nowPlaying, QStringLiteral("Before"));
        QWebSocket first;
        QWebSocket second;
        QSignalSpy firstMessages(&first, &QWebSocket::textMessageReceived);
        QSignalSpy secondMessages(&second, &QWebSocket::textMessageReceived);
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture.port()));
        first.open(url);
        second.open(url);
        QTRY_COMPARE(firstMessages.size(), 1);
        QTRY_COMPARE(secondMessages.size(), 1);
        QVERIFY(firstMessages.first().first().toString().contains(QStringLiteral("\"title\":\"Before\"")));
        play(fixture.nowPlaying, QStringLiteral("After"));
        QTRY_COMPARE(firstMessages.size(), 2);
        QTRY_COMPARE(secondMessages.size(), 2);
        const QJsonObject infos = QJsonDocument::fromJson(secondMessages.last().first().toString().toUtf8()).object();
        QCOMPARE(infos.value(QStringLiteral("track")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("After"));
    }

    void whilePlaying_progressIsPushedAtMostOnceASecond()
    {
        ServerFixture fixture;
        PlaybackState state;
        state.isPlaying = true;
        Track track;
        track.title = QStringLiteral("Ticking");
        track.durationMs = 200'000;
        track.progressMs = 10'000;
        state.track = track;
        state.progressAt = QDateTime::currentDateTimeUtc();
        fixture.nowPlaying.setState(state);
        QWebSocket client;
        QList<qint64> progress;
        QElapsedTimer clock;
        QList<qint64> arrivals;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &message) {
            arrivals << clock.elapsed();
            progress << QJsonDocument::fromJson(message.toUtf8())
                            .object()
                            .value(QStringLiteral("track"))
                            .toObject()
                            .value(QStringLiteral("progress_ms"))
                            .toInteger();
        });
        clock.start();
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture.port())));
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 4, 6000);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i) > progress.at(i - 1));
        // Between ticks (the first message came on connect, at any point of a second).
        for (qsizetype i = 2; i < arrivals.size(); ++i)
            QVERIFY2(arrivals.at(i) - arrivals.at(i - 1) >= 900, qPrintable(QString::number(arrivals.at(i))));
        // Paused: no more ticks (the pause itself is one message).
        state.isPlaying = false;
        fixture.nowPlaying.setState(state);
        const qsizetype afterPause = progress.size() + 1;
        QTRY_COMPARE(progress.size(), afterPause);
        QVERIFY(!QTest::qWaitFor([&] { return progress.size() > afterPause; }, 1500));
    }

    void clientsBeyondTheCap_areTurnedAway()
    {
        ServerFixture fixture;
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture.port()));
        std::vector<std::unique_ptr<QWebSocket>> clients;
        for (int i = 0; i < LiveFeed::maximumClients; ++i) {
            clients.push_back(std::make_unique<QWebSocket>());
            clients.back()->open(url);
        }
        QTRY_COMPARE_WITH_TIMEOUT(fixture.server->liveFeed().clientCount(), LiveFeed::maximumClients, 10000);
        QWebSocket oneTooMany;
        QSignalSpy closed(&oneTooMany, &QWebSocket::disconnected);
        oneTooMany.open(url);
        QVERIFY(closed.wait());
        QCOMPARE(oneTooMany.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(oneTooMany.closeReason().contains(QStringLiteral("Too many")));
        QCOMPARE(fixture.server->liveFeed().clientCount(), LiveFeed::maximumClients);
    }

    void aClientThatDoesNotRead_isDropped_andTheOthersKeepUp()
    {
        ServerFixture fixture;
        RawHttpClient stalled(fixture.port());
        QVERIFY(stalled.connectToServer());
        stalled.socket().setReadBufferSize(1);
        stalled.send(handshake(fixture.port(), "127.0.0.1:" + QByteArray::number(fixture.port())));
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
        QWebSocket reader;
        QSignalSpy received(&reader, &QWebSocket::textMessageReceived);
        reader.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture.port())));
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 2);

        // Large titles until the stalled client's unsent bytes pass the bound.
        const QString padding(64 * 1024, QChar(u'x'));
        for (int i = 0; i < 1000 && fixture.server->liveFeed().clientCount() == 2; ++i) {
            const qsizetype expected = received.size() + 1;
            play(fixture.nowPlaying, padding + QString::number(i));
            // The reader keeps up with every message.
            QVERIFY(QTest::qWaitFor([&] { return received.size() >= expected; }, 5000));
        }
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
        play(fixture.nowPlaying, QStringLiteral("Still live"));
        QTRY_VERIFY(!received.isEmpty()
            && received.last().first().toString().contains(QStringLiteral("\"title\":\"Still live\"")));
    }
};

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"

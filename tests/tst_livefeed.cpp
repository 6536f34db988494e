// The /ws live feed under the same rules as every route: Host and Origin checked at the
// handshake, a cap on clients, and a client that does not read dropped without holding the
// others back.

#include "support/rawhttp.h"
#include "support/serverfixture.h"

#include "server/api/livefeed.h"

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
        QCOMPARE(response.header("upgrade"), QByteArray("websocket"));
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

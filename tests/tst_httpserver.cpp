// HttpServer and HttpConnection, MelodyHue's HTTP transport, with a handler of the test's own:
// answers that come later still leave in order, WebSocket handshakes the handler accepts become
// WebSocketPeers (and only those), a client that stops reading is dropped, a flood of refused
// requests writes a bounded number of log lines.

#include "server/http/httprequest.h"
#include "server/http/httpserver.h"
#include "server/http/refusallog.h"
#include "server/http/reply.h"
#include "server/http/requesthandler.h"
#include "server/http/websockethandshake.h"
#include "server/http/websocketpeer.h"
#include "support/rawhttp.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace std::chrono_literals;

namespace {

// The refusal lines logged while one is alive.
class RefusalLines
{
public:
    RefusalLines()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &text) {
            if (QByteArrayView(context.category) == "melodyhue.server.refusals")
                s_lines.append(text);
        });
    }
    ~RefusalLines() { qInstallMessageHandler(m_previous); }
    const QStringList &lines() const { return s_lines; }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

class TestHandler : public RequestHandler
{
public:
    void handleRequest(const HttpRequest &request, HttpResponder responder) override
    {
        const QByteArray path = request.path().toByteArray();
        if (path.startsWith("/later/")) {
            // Answers after a delay taken from the path, in milliseconds.
            QTimer::singleShot(path.sliced(7).toInt(), responder.context(),
                [responder, path] { responder.send(Reply::jsonBytes("\"" + path + "\"")); });
            return;
        }
        if (isWebSocketHandshake(request)) {
            responder.send(WebSocketHandshake::answer(request));
            return;
        }
        if (path == "/big") {
            responder.send(Reply::jsonBytes('"' + QByteArray(64 * 1024, 'x') + '"'));
            return;
        }
        responder.send(Reply::jsonBytes("\"" + path + "\""));
    }

    bool isWebSocketHandshake(const HttpRequest &request) const override
    {
        return request.webSocketUpgrade && request.path() == "/ws";
    }
};

struct Server {
    explicit Server(const ServerLimits &limits = {})
        : http(limits, handler)
    {
        if (!http.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        http.allowHostsForPort(http.serverPort());
    }
    quint16 port() const { return http.serverPort(); }

    TestHandler handler;
    HttpServer http;
};

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersThatComeLater_leaveInRequestOrder()
    {
        Server server;
        RawHttpClient client(server.port());
        QVERIFY(client.connectToServer());
        client.send(RawHttpClient::request("GET", "/later/200", server.port())
            + RawHttpClient::request("GET", "/now", server.port())
            + RawHttpClient::request("GET", "/later/50", server.port()));
        for (const QByteArray expected : {"\"/later/200\"", "\"/now\"", "\"/later/50\""}) {
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->body, expected);
        }
    }

    void aClientThatLeavesBeforeItsAnswer_isForgotten()
    {
        Server server;
        {
            RawHttpClient client(server.port());
            QVERIFY(client.connectToServer());
            client.send(RawHttpClient::request("GET", "/later/100", server.port()));
            QTRY_COMPARE(server.http.load().connections, 1);
        }
        QTRY_COMPARE(server.http.load().connections, 0);
        // Answered after the forgotten one came and went nowhere.
        QCOMPARE(httpRequest(server.port(), "GET", "/later/150").status, 200);
    }

    void expectContinue_getsAnInterimAnswer()
    {
        Server server;
        RawHttpClient client(server.port());
        QVERIFY(client.connectToServer());
        client.send("POST /upload HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port())
            + "\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        const auto interim = client.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        client.send("{}");
        const auto final = client.readResponse();
        QVERIFY(final);
        QCOMPARE(final->status, 200);
    }

    void anAcceptedHandshake_becomesAWebSocket()
    {
        Server server;
        QPointer<WebSocketPeer> socket;
        connect(&server.http, &HttpServer::webSocketConnected, this, [&socket](WebSocketPeer *s) { socket = s; });
        QWebSocket client;
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port())));
        QTRY_VERIFY(socket);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(server.http.load().connections, 0);

        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        socket->sendText("{\"hello\":1}");
        QVERIFY(received.wait());
        QCOMPARE(received.first().first().toString(), QStringLiteral("{\"hello\":1}"));
    }

    void aHandshakeWithAForeignHost_isRefused()
    {
        Server server;
        int connected = 0;
        connect(&server.http, &HttpServer::webSocketConnected, this, [&connected] { ++connected; });
        RawHttpClient client(server.port());
        QVERIFY(client.connectToServer());
        client.send("GET /ws HTTP/1.1\r\nHost: attacker.example\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 403);
        QVERIFY(client.waitForClosed());
        QCOMPARE(connected, 0);
    }

    void aHandshakeOnAnotherPath_isAnOrdinaryRequest()
    {
        Server server;
        int connected = 0;
        connect(&server.http, &HttpServer::webSocketConnected, this, [&connected] { ++connected; });
        RawHttpClient client(server.port());
        QVERIFY(client.connectToServer());
        const QByteArray handshake = "GET /elsewhere HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port())
            + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n";
        client.send(handshake + RawHttpClient::request("GET", "/next", server.port()));
        for (const QByteArray expected : {"\"/elsewhere\"", "\"/next\""}) {
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->body, expected);
        }
        QCOMPARE(connected, 0);
    }

    void refusals_areLoggedAFewAMinute()
    {
        RefusalLines logged;
        RefusalLog log(3, 300ms);
        for (int i = 0; i < 10; ++i)
            log.record(403, QStringLiteral("foreign Host"));
        QCOMPARE(logged.lines().size(), 3);
        QVERIFY(logged.lines().first().contains(QStringLiteral("403 foreign Host")));
        // When the window closes, one line counts the rest; then a new window begins.
        QTRY_COMPARE(logged.lines().size(), 4);
        QVERIFY2(logged.lines().last().contains(QStringLiteral("7 more")), qPrintable(logged.lines().last()));
        log.record(408, QStringLiteral("too slow"));
        QCOMPARE(logged.lines().size(), 5);
    }

    void aFloodOfRefusedRequests_writesTwentyLines()
    {
        RefusalLines logged;
        Server server;
        for (int i = 0; i < 40; ++i) {
            RawHttpClient client(server.port());
            QVERIFY(client.connectToServer());
            client.send("GET / HTTP/1.1\r\nHost: attacker.example\r\n\r\n");
            QCOMPARE(client.readResponse()->status, 403);
        }
        QCOMPARE(logged.lines().size(), 20);
    }

    void aClientThatStopsReading_isDroppedWhenNothingLeaves()
    {
        ServerLimits limits;
        limits.idleTimeout = 500ms;
        Server server(limits);
        RawHttpClient client(server.port());
        QVERIFY(client.connectToServer());
        client.socket().setReadBufferSize(1024);
        QByteArray pipeline;
        for (int i = 0; i < 400; ++i)
            pipeline += RawHttpClient::request("GET", "/big", server.port());
        client.send(pipeline);
        QTRY_COMPARE(server.http.load().waitingForClient, 1);
        QVERIFY(server.http.load().unsentBytes <= limits.maxUnsentBytes + 70 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(server.http.load().connections, 0, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"

// RequestFramer: where requests start and end in a byte stream, and what it refuses.

#include "server/http/requestframer.h"

#include <QTest>

class TestRequestFramer : public QObject
{
    Q_OBJECT

private:
    static RequestFramer framer(ServerLimits limits = {})
    {
        return RequestFramer(limits, RequestFramer::allowedHostsForPort(8765));
    }

private Q_SLOTS:
    void completeRequest_inOneChunk()
    {
        auto f = framer();
        QVERIFY(!f.feed("GET /color HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n"));
        QCOMPARE(f.completedRequests(), 1);
        QCOMPARE(f.state(), RequestFramer::State::Idle);
        QVERIFY(!f.closeRequested());
    }

    void requestSplitByteByByte_completesOnce()
    {
        auto f = framer();
        const QByteArray raw = "PATCH /settings/me HTTP/1.1\r\nHost: localhost:8765\r\nContent-Length: 5\r\n\r\nhello";
        for (char c : raw) {
            QVERIFY(!f.feed(QByteArrayView(&c, 1)));
        }
        QCOMPARE(f.startedRequests(), 1);
        QCOMPARE(f.completedRequests(), 1);
    }

    void pipelinedRequests_areCountedSeparately()
    {
        auto f = framer();
        const QByteArray one = "GET /a HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n";
        const QByteArray two = "POST /b HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nContent-Length: 2\r\n\r\n{}";
        QVERIFY(!f.feed(QByteArray(one + two + one)));
        QCOMPARE(f.completedRequests(), 3);
    }

    void bareLineFeeds_areAccepted()
    {
        auto f = framer();
        QVERIFY(!f.feed("\r\nGET / HTTP/1.1\nHost: 127.0.0.1:8765\n\n"));
        QCOMPARE(f.completedRequests(), 1);
    }

    void bodyBytes_areCountedNotHeld()
    {
        auto f = framer();
        QVERIFY(!f.feed("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nContent-Length: 1000\r\n\r\n"));
        QCOMPARE(f.state(), RequestFramer::State::Body);
        QVERIFY(!f.feed(QByteArray(999, 'a')));
        QCOMPARE(f.state(), RequestFramer::State::Body);
        QVERIFY(!f.feed("a"));
        QCOMPARE(f.completedRequests(), 1);
    }

    void closeSemantics()
    {
        auto http10 = framer();
        QVERIFY(!http10.feed("GET / HTTP/1.0\r\nHost: 127.0.0.1:8765\r\n\r\n"));
        QVERIFY(http10.closeRequested());
        auto close = framer();
        QVERIFY(!close.feed("GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nConnection: keep-alive, Close\r\n\r\n"));
        QVERIFY(close.closeRequested());
    }

    void websocketUpgrade_endsHttpFraming()
    {
        auto f = framer();
        QVERIFY(!f.feed("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"
                        "\x81\x05hello"));
        QCOMPARE(f.state(), RequestFramer::State::Upgraded);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: 127.0.0.1:8765\r\n";
        QTest::newRow("foreign host") << QByteArray("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n") << 403;
        QTest::newRow("wrong port") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n") << 403;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
        QTest::newRow("bad request line") << QByteArray("GET /\r\n" + host + "\r\n") << 400;
        QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2\r\n" + host + "\r\n") << 505;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\n" + host + " folded\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -4\r\n\r\n")
                                         << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 4\r\nContent-Length: 5\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 1048577\r\n\r\n")
                                   << 413;
        QTest::newRow("huge length") << QByteArray(
            "POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999999999\r\n\r\n")
                                     << 400;
    }

    void refusals()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        auto f = framer();
        const auto rejection = f.feed(raw);
        QVERIFY(rejection);
        QCOMPARE(rejection->status, status);
        QVERIFY(!rejection->message.isEmpty());
        QCOMPARE(f.state(), RequestFramer::State::Rejected);
        QCOMPARE(f.completedRequests(), 0);
    }

    void longRequestLine_isRefusedBeforeItEnds()
    {
        auto f = framer();
        const auto rejection = f.feed(QByteArray("GET /" + QByteArray(9000, 'a')));
        QVERIFY(rejection);
        QCOMPARE(rejection->status, 414);
    }

    void endlessHeaders_areRefusedAtTheLimit()
    {
        ServerLimits limits;
        limits.maxHeadBytes = 1024;
        auto f = framer(limits);
        QVERIFY(!f.feed("GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n"));
        std::optional<RequestFramer::Rejection> rejection;
        for (int i = 0; i < 100 && !rejection; ++i)
            rejection = f.feed("X-Filler: 0123456789\r\n");
        QVERIFY(rejection);
        QCOMPARE(rejection->status, 431);
    }

    void afterARefusal_nothingMoreIsParsed()
    {
        auto f = framer();
        QVERIFY(f.feed("GET / HTTP/1.1\r\nHost: evil\r\n\r\n"));
        QVERIFY(!f.feed("GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n"));
        QCOMPARE(f.completedRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"

// RequestReader: one request at a time off a stream, never past its end, refused at the first
// broken rule. The stream is a sequential device that, like a socket, holds what has arrived
// until it is read.

#include "server/http/requestreader.h"

#include <QIODevice>
#include <QTest>

namespace {

class StreamDevice : public QIODevice
{
public:
    StreamDevice() { open(QIODevice::ReadOnly); }
    void arrive(const QByteArray &bytes) { m_pending.append(bytes); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_pending.size() + QIODevice::bytesAvailable(); }
    bool canReadLine() const override { return m_pending.contains('\n') || QIODevice::canReadLine(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 size = std::min<qint64>(maxSize, m_pending.size());
        std::copy_n(m_pending.constData(), size, data);
        m_pending.remove(0, size);
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pending;
};

RequestReader reader(const ServerLimits &limits = {})
{
    return RequestReader(limits, RequestReader::allowedHostsForPort(8765));
}

// Reads every complete request off the stream, as HttpConnection does.
QList<HttpRequest> readAll(RequestReader &r, StreamDevice &device)
{
    QList<HttpRequest> requests;
    for (;;) {
        switch (r.readFrom(device)) {
        case RequestReader::Event::NeedMore:
        case RequestReader::Event::Rejected:
            return requests;
        case RequestReader::Event::HeadComplete:
            r.keepHead(device);
            break;
        case RequestReader::Event::RequestComplete:
            requests.append(r.takeRequest());
            break;
        }
    }
}

} // namespace

class TestRequestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompleteRequest_isReadWithItsHeadersAndBody()
    {
        auto r = reader();
        StreamDevice device;
        device.arrive("PATCH /settings/me?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2\r\n\r\n{}");
        const QList<HttpRequest> requests = readAll(r, device);
        QCOMPARE(requests.size(), 1);
        const HttpRequest &request = requests.first();
        QCOMPARE(request.method, HttpRequest::Method::Patch);
        QCOMPARE(request.target, QByteArray("/settings/me?x=1"));
        QCOMPARE(request.path(), QByteArrayView("/settings/me"));
        QCOMPARE(request.query(), QByteArrayView("x=1"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.body, QByteArray("{}"));
        QVERIFY(!request.closeAfter);
        QCOMPARE(r.state(), RequestReader::State::Idle);
    }

    void aRequestArrivingByteByByte_isReadOnce()
    {
        auto r = reader();
        StreamDevice device;
        const QByteArray raw = "PATCH /settings/me HTTP/1.1\r\nHost: localhost:8765\r\nContent-Length: 5\r\n\r\nhello";
        QList<HttpRequest> requests;
        for (char c : raw) {
            device.arrive(QByteArray(1, c));
            requests += readAll(r, device);
        }
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().body, QByteArray("hello"));
        QCOMPARE(device.bytesAvailable(), 0);
    }

    void pipelinedRequests_areReadOneAtATime()
    {
        auto r = reader();
        StreamDevice device;
        const QByteArray one = "GET /a HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n";
        const QByteArray two = "POST /b HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nContent-Length: 2\r\n\r\n{}";
        device.arrive(one + two + one);
        QCOMPARE(r.readFrom(device), RequestReader::Event::HeadComplete);
        r.keepHead(device);
        QCOMPARE(r.readFrom(device), RequestReader::Event::RequestComplete);
        // Nothing of the next request has been read yet.
        QCOMPARE(device.bytesAvailable(), two.size() + one.size());
        QCOMPARE(r.takeRequest().target, QByteArray("/a"));
        const QList<HttpRequest> rest = readAll(r, device);
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest[0].body, QByteArray("{}"));
        QCOMPARE(rest[1].target, QByteArray("/a"));
        QCOMPARE(device.bytesAvailable(), 0);
    }

    void aBodyThatLooksLikeARequest_isReadAsBody()
    {
        auto r = reader();
        StreamDevice device;
        const QByteArray smuggled = "GET /settings/me HTTP/1.1\r\nHost: attacker.example\r\n\r\n";
        device.arrive("POST /a HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nContent-Length: "
            + QByteArray::number(smuggled.size()) + "\r\n\r\n" + smuggled + smuggled);
        const QList<HttpRequest> requests = readAll(r, device);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().body, smuggled);
        QCOMPARE(r.state(), RequestReader::State::Rejected);
        QCOMPARE(r.rejection().status, 403);
    }

    void blankLinesBetweenRequests_andBareLineFeeds_areAccepted()
    {
        auto r = reader();
        StreamDevice device;
        device.arrive("\r\n\nGET / HTTP/1.1\nHost: 127.0.0.1:8765\n\n");
        QCOMPARE(readAll(r, device).size(), 1);
    }

    void closeAndUpgrade_areRead()
    {
        auto r = reader();
        StreamDevice device;
        device.arrive("GET / HTTP/1.0\r\nHost: 127.0.0.1:8765\r\n\r\n"
                      "GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nConnection: keep-alive, Close\r\n\r\n"
                      "GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nConnection: keep-alive\r\n\r\n"
                      "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nConnection: Upgrade\r\nUpgrade: WebSocket\r\n\r\n"
                      "GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n");
        const QList<HttpRequest> requests = readAll(r, device);
        QCOMPARE(requests.size(), 5);
        QVERIFY(requests[0].closeAfter);
        QVERIFY(requests[1].closeAfter);
        QVERIFY(!requests[2].closeAfter);
        QVERIFY(requests[3].webSocketUpgrade);
        QVERIFY(!requests[4].webSocketUpgrade);
    }

    void whatFollowsAHandshake_staysUnreadInTheDevice()
    {
        auto r = reader();
        StreamDevice device;
        const QByteArray handshake
            = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n";
        device.arrive(handshake + "\x81\x05hello");
        QCOMPARE(r.readFrom(device), RequestReader::Event::HeadComplete);
        QVERIFY(r.request().webSocketUpgrade);
        QVERIFY(r.request().connectionUpgrade);
        r.keepHead(device);
        QCOMPARE(r.readFrom(device), RequestReader::Event::RequestComplete);
        QCOMPARE(device.readAll(), QByteArray("\x81\x05hello"));
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
        QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2\r\n" + host + "\r\n") << 505;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\n" + host + " folded\r\n\r\n") << 400;
        QTest::newRow("NUL in a value") << QByteArray("GET / HTTP/1.1\r\n" + host + QByteArray("X-A: a\0b\r\n\r\n", 12))
                                        << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -4\r\n\r\n")
                                         << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 4\r\nContent-Length: 5\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 1048577\r\n\r\n")
                                   << 413;
        for (const QByteArray name : {"Origin", "Authorization", "Content-Type", "Sec-Fetch-Site", "Upgrade",
                 "Sec-WebSocket-Key", "Sec-WebSocket-Version"}) {
            QTest::newRow(QByteArray("two " + name).constData())
                << QByteArray("GET / HTTP/1.1\r\n" + host + name + ": a\r\n" + name.toLower() + ": b\r\n\r\n") << 400;
        }
        QTest::newRow("huge length") << QByteArray(
            "POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999999999\r\n\r\n")
                                     << 400;
    }

    void refusals()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        auto r = reader();
        StreamDevice device;
        device.arrive(raw);
        QVERIFY(readAll(r, device).isEmpty());
        QCOMPARE(r.state(), RequestReader::State::Rejected);
        QCOMPARE(r.rejection().status, status);
        QVERIFY(!r.rejection().message.isEmpty());
    }

    void aLongRequestLine_isRefusedBeforeItEnds()
    {
        auto r = reader();
        StreamDevice device;
        device.arrive("GET /" + QByteArray(9000, 'a'));
        QCOMPARE(r.readFrom(device), RequestReader::Event::Rejected);
        QCOMPARE(r.rejection().status, 414);
    }

    void endlessHeaders_areRefusedAtTheLimit()
    {
        ServerLimits limits;
        limits.maxHeadBytes = 1024;
        auto r = reader(limits);
        StreamDevice device;
        device.arrive("GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n");
        RequestReader::Event event = r.readFrom(device);
        for (int i = 0; i < 100 && event == RequestReader::Event::NeedMore; ++i) {
            device.arrive("X-Filler: 0123456789\r\n");
            event = r.readFrom(device);
        }
        QCOMPARE(event, RequestReader::Event::Rejected);
        QCOMPARE(r.rejection().status, 431);
    }

    void tooManyHeaders_areRefused()
    {
        auto r = reader();
        StreamDevice device;
        QByteArray raw = "GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n";
        for (int i = 0; i < 64; ++i)
            raw += "X-H: 1\r\n";
        device.arrive(raw + "\r\n");
        QVERIFY(readAll(r, device).isEmpty());
        QCOMPARE(r.rejection().status, 431);
    }

    void afterARefusal_nothingMoreIsRead()
    {
        auto r = reader();
        StreamDevice device;
        const QByteArray next = "GET / HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n";
        device.arrive("GET / HTTP/1.1\r\nHost: evil\r\n\r\n" + next);
        QVERIFY(readAll(r, device).isEmpty());
        QCOMPARE(r.readFrom(device), RequestReader::Event::Rejected);
        QCOMPARE(device.bytesAvailable(), next.size());
    }
};

QTEST_GUILESS_MAIN(TestRequestReader)
#include "tst_requestreader.moc"

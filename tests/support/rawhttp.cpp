#include "rawhttp.h"

#include <QJsonDocument>
#include <QTest>

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawResponse::errorMessage() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

RawHttpClient::RawHttpClient(quint16 port)
    : m_port(port)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { receive(); });
}

void RawHttpClient::receive()
{
    // Responses are taken from the front; drop them only now and then, so that reading
    // thousands of pipelined answers stays linear.
    if (m_consumed > 0 && m_consumed * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_consumed);
        m_consumed = 0;
    }
    m_buffer += m_socket.readAll();
}

bool RawHttpClient::connectToServer(int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawHttpClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

std::optional<RawResponse> RawHttpClient::readResponse(int timeoutMs, bool bodiless)
{
    std::optional<RawResponse> response = takeResponse(bodiless);
    if (response)
        return response;
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [&] {
            receive();
            response = takeResponse(bodiless);
            return response.has_value() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!response) {
        receive();
        response = takeResponse(bodiless);
    }
    return response;
}

bool RawHttpClient::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            receive();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

std::optional<RawResponse> RawHttpClient::takeResponse(bool bodiless)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n", m_consumed);
    if (headEnd < 0)
        return std::nullopt;
    RawResponse response;
    const QList<QByteArray> lines = m_buffer.mid(m_consumed, headEnd - m_consumed).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response.status = statusLine.value(1).toInt();
    response.reason = statusLine.mid(2).join(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const bool interim = response.status >= 100 && response.status < 200;
    const qsizetype length = bodiless || interim ? 0 : response.headers.value("content-length", "0").toLongLong();
    if (m_buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    response.body = m_buffer.mid(headEnd + 4, length);
    m_consumed = headEnd + 4 + length;
    return response;
}

int RawFrame::closeCode() const
{
    return payload.size() >= 2 ? (uchar(payload.at(0)) << 8) | uchar(payload.at(1)) : 0;
}

std::optional<RawFrame> RawHttpClient::readFrame(int timeoutMs)
{
    std::optional<RawFrame> frame;
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [&] {
            receive();
            frame = takeFrame();
            return frame.has_value() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!frame) {
        receive();
        frame = takeFrame();
    }
    return frame;
}

std::optional<RawFrame> RawHttpClient::takeFrame()
{
    const QByteArrayView bytes = QByteArrayView(m_buffer).sliced(m_consumed);
    if (bytes.size() < 2)
        return std::nullopt;
    qsizetype head = 2;
    qint64 length = uchar(bytes[1]) & 0x7f;
    if (length == 126) {
        if (bytes.size() < 4)
            return std::nullopt;
        length = (uchar(bytes[2]) << 8) | uchar(bytes[3]);
        head = 4;
    } else if (length == 127) {
        if (bytes.size() < 10)
            return std::nullopt;
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | uchar(bytes[i]);
        head = 10;
    }
    if (bytes.size() < head + length)
        return std::nullopt;
    RawFrame frame{uchar(bytes[0]) & 0x0f, bytes.sliced(head, length).toByteArray()};
    m_consumed += head + length;
    return frame;
}

QByteArray RawHttpClient::clientFrame(int opcode, const QByteArray &payload, bool masked, bool final)
{
    QByteArray frame;
    frame += char((final ? 0x80 : 0) | opcode);
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        frame += char(maskBit | char(payload.size()));
    } else {
        frame += char(maskBit | 126);
        frame += char(payload.size() >> 8);
        frame += char(payload.size() & 0xff);
    }
    if (!masked)
        return frame + payload;
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    frame += QByteArray(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame += char(payload.at(i) ^ mask[i % 4]);
    return frame;
}

QByteArray RawHttpClient::request(const QByteArray &method, const QByteArray &path, quint16 port,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &[name, value] : headers) {
        hasHost = hasHost || name.compare("host", Qt::CaseInsensitive) == 0;
        raw += name + ": " + value + "\r\n";
    }
    if (!hasHost)
        raw += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (!body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

RawResponse httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    RawHttpClient client(port);
    if (!client.connectToServer())
        return {};
    client.send(RawHttpClient::request(method, path, port, headers, body));
    return client.readResponse(5000, method == "HEAD").value_or(RawResponse{});
}

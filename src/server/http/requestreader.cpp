#include "server/http/requestreader.h"

#include <QIODevice>

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Visible ASCII only: anything else in a request target must be percent-encoded.
bool isTargetText(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Field values may hold visible characters, spaces and tabs, and bytes from 0x80 up.
bool isFieldValue(QByteArrayView text)
{
    return std::none_of(
        text.begin(), text.end(), [](char c) { return (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f; });
}

std::optional<qint64> parseContentLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView part = comma < 0 ? list : list.first(comma);
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
    return false;
}

} // namespace

RequestReader::RequestReader(const ServerLimits &limits, QByteArrayList allowedHosts)
    : m_limits(limits)
    , m_allowedHosts(std::move(allowedHosts))
{ }

QByteArrayList RequestReader::allowedHostsForPort(quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    QByteArrayList hosts{"127.0.0.1" + suffix, "localhost" + suffix, "[::1]" + suffix};
    if (port == 80)
        hosts << "127.0.0.1"
              << "localhost"
              << "[::1]";
    return hosts;
}

RequestReader::Event RequestReader::readFrom(QIODevice &device)
{
    switch (m_state) {
    case State::Idle:
        if (!startRequest(device))
            return Event::NeedMore;
        return readHead(device);
    case State::Head:
        return readHead(device);
    case State::Body:
        return readBody(device);
    case State::Complete:
        return Event::RequestComplete;
    case State::Rejected:
        return Event::Rejected;
    }
    return Event::NeedMore;
}

bool RequestReader::startRequest(QIODevice &device)
{
    // Blank lines between requests are tolerated (RFC 9112 §2.2).
    char c = 0;
    while (device.peek(&c, 1) == 1 && (c == '\r' || c == '\n'))
        device.skip(1);
    if (device.bytesAvailable() == 0)
        return false;
    device.startTransaction();
    m_state = State::Head;
    return true;
}

RequestReader::Event RequestReader::readHead(QIODevice &device)
{
    for (;;) {
        // The request line has its own limit; header lines share what is left of the head's.
        const qsizetype limit = m_requestLineRead ? m_limits.maxHeadBytes - m_headBytes
                                                  : std::min(m_limits.maxRequestLineBytes + 1, m_limits.maxHeadBytes);
        const auto tooLong = [&] {
            return m_requestLineRead
                ? Rejection{431, tr("The request headers are larger than %1 bytes.").arg(m_limits.maxHeadBytes)}
                : Rejection{414, tr("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLineBytes)};
        };
        if (!device.canReadLine()) {
            if (device.bytesAvailable() > limit)
                return reject(device, tooLong());
            return Event::NeedMore;
        }
        // Room for the longest allowed line with its '\n', and the '\0' readLine() adds.
        m_line.resize(std::max<qsizetype>(limit, 0) + 1);
        const qint64 read = device.readLine(m_line.data(), m_line.size());
        QByteArrayView line(m_line.constData(), std::max<qint64>(read, 0));
        if (!line.endsWith('\n'))
            return reject(device, tooLong());
        m_headBytes += line.size();
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);

        std::optional<Rejection> rejection;
        if (!m_requestLineRead) {
            rejection = parseRequestLine(line);
            m_requestLineRead = true;
        } else if (line.isEmpty()) {
            if (auto problem = finishHead())
                return reject(device, std::move(*problem));
            return Event::HeadComplete;
        } else {
            rejection = parseHeaderLine(line);
        }
        if (rejection)
            return reject(device, std::move(*rejection));
    }
}

std::optional<RequestReader::Rejection> RequestReader::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (line.isEmpty() || secondSpace < 0 || line.indexOf(' ', secondSpace + 1) >= 0 || !isToken(line.first(firstSpace))
        || secondSpace == firstSpace + 1)
        return Rejection{400, tr("The request line is malformed.")};
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    if (!target.startsWith('/') || !isTargetText(target))
        return Rejection{400, tr("The request target must be a path starting with \"/\".")};
    const QByteArrayView version = line.sliced(secondSpace + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return Rejection{505, tr("Only HTTP/1.0 and HTTP/1.1 are supported.")};

    m_request.methodName = line.first(firstSpace).toByteArray();
    m_request.method = HttpRequest::methodFrom(m_request.methodName);
    m_request.target = target.toByteArray();
    // Keep-alive is the HTTP/1.1 default only.
    m_request.http10 = version == "HTTP/1.0";
    m_request.closeAfter = m_request.http10;
    return std::nullopt;
}

std::optional<RequestReader::Rejection> RequestReader::parseHeaderLine(QByteArrayView line)
{
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return Rejection{431, tr("The request has more than %1 headers.").arg(m_limits.maxHeaderCount)};
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return Rejection{400, tr("A request header is malformed.")};
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (!isFieldValue(value))
        return Rejection{400, tr("A request header is malformed.")};
    m_request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    return std::nullopt;
}

std::optional<RequestReader::Rejection> RequestReader::finishHead()
{
    int hosts = 0;
    QByteArrayView host;
    std::optional<qint64> contentLength;
    bool connectionUpgrade = false;
    bool upgradeWebSocket = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "host") {
            host = value;
            ++hosts;
        } else if (name == "content-length") {
            const auto length = parseContentLength(value);
            if (!length || (contentLength && *contentLength != *length))
                return Rejection{400, tr("The Content-Length header is invalid.")};
            contentLength = length;
        } else if (name == "transfer-encoding") {
            return Rejection{411, tr("Send the body with a Content-Length; chunked uploads are not accepted.")};
        } else if (name == "connection") {
            m_request.closeAfter = m_request.closeAfter || hasToken(value, "close");
            connectionUpgrade = connectionUpgrade || hasToken(value, "upgrade");
        } else if (name == "upgrade") {
            upgradeWebSocket = upgradeWebSocket || hasToken(value, "websocket");
        } else if (name == "expect") {
            m_request.expectsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (hosts != 1)
        return Rejection{400, tr("The request must carry exactly one Host header.")};
    // Headers that decide who asks and what happens come once: a second copy could make two
    // readers of the same request disagree (one checks the first Origin, another the last).
    for (const QByteArray name : {"origin", "authorization", "content-type", "sec-fetch-site", "upgrade",
             "sec-websocket-key", "sec-websocket-version"}) {
        const auto copies = std::count_if(m_request.headers.cbegin(), m_request.headers.cend(),
            [&name](const auto &header) { return header.first == name; });
        if (copies > 1)
            return Rejection{400, tr("The request must carry at most one %1 header.").arg(QString::fromLatin1(name))};
    }
    const bool allowedHost = std::any_of(m_allowedHosts.cbegin(), m_allowedHosts.cend(),
        [host](const QByteArray &allowed) { return host.compare(allowed, Qt::CaseInsensitive) == 0; });
    if (!allowedHost) {
        return Rejection{
            403, tr("This server only answers requests addressed to 127.0.0.1 or localhost on its own port.")};
    }
    if (contentLength.value_or(0) > m_limits.maxBodyBytes)
        return Rejection{413, tr("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes)};

    m_request.contentLength = contentLength.value_or(0);
    m_request.webSocketUpgrade = upgradeWebSocket;
    m_request.connectionUpgrade = connectionUpgrade;
    m_state = m_request.contentLength > 0 ? State::Body : State::Complete;
    return std::nullopt;
}

void RequestReader::keepHead(QIODevice &device)
{
    if (device.isTransactionStarted())
        device.commitTransaction();
}

RequestReader::Event RequestReader::readBody(QIODevice &device)
{
    const qint64 wanted = m_request.contentLength - m_request.body.size();
    const qint64 taken = std::min(wanted, device.bytesAvailable());
    if (taken > 0)
        m_request.body.append(device.read(taken));
    if (m_request.body.size() < m_request.contentLength)
        return Event::NeedMore;
    m_state = State::Complete;
    return Event::RequestComplete;
}

HttpRequest RequestReader::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

RequestReader::Event RequestReader::reject(QIODevice &device, Rejection rejection)
{
    // What was read of the refused head is dropped with it.
    if (device.isTransactionStarted())
        device.commitTransaction();
    m_state = State::Rejected;
    m_rejection = std::move(rejection);
    return Event::Rejected;
}

void RequestReader::reset()
{
    m_state = State::Idle;
    m_request = HttpRequest();
    m_headBytes = 0;
    m_requestLineRead = false;
}

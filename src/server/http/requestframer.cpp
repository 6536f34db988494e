#include "server/http/requestframer.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
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

// Where the blank line that ends a request head ends, searching `text` from `from`; -1 if absent.
qsizetype headEnd(QByteArrayView text, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(from, 1); i < text.size(); ++i) {
        i = text.indexOf('\n', i);
        if (i < 0)
            return -1;
        if (text[i - 1] == '\n' || (i >= 2 && text[i - 1] == '\r' && text[i - 2] == '\n'))
            return i + 1;
    }
    return -1;
}

// Reads the head line by line without copying; lines lose their CR.
class LineReader
{
public:
    explicit LineReader(QByteArrayView text)
        : m_text(text)
    { }
    bool next(QByteArrayView &line)
    {
        if (m_text.isEmpty())
            return false;
        const qsizetype newline = m_text.indexOf('\n');
        line = newline < 0 ? m_text : m_text.first(newline);
        m_text = newline < 0 ? QByteArrayView() : m_text.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        return true;
    }

private:
    QByteArrayView m_text;
};

} // namespace

RequestFramer::RequestFramer(const ServerLimits &limits, QByteArrayList allowedHosts)
    : m_limits(limits)
    , m_allowedHosts(std::move(allowedHosts))
{ }

QByteArrayList RequestFramer::allowedHostsForPort(quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    QByteArrayList hosts{"127.0.0.1" + suffix, "localhost" + suffix, "[::1]" + suffix};
    if (port == 80)
        hosts << "127.0.0.1"
              << "localhost"
              << "[::1]";
    return hosts;
}

std::optional<RequestFramer::Rejection> RequestFramer::feed(QByteArrayView data)
{
    while (!data.isEmpty()) {
        switch (m_state) {
        case State::Upgraded:
        case State::Rejected:
            return std::nullopt;
        case State::Idle:
            // Tolerate blank lines between requests (RFC 9112 §2.2).
            while (!data.isEmpty() && (data.front() == '\r' || data.front() == '\n'))
                data = data.sliced(1);
            if (data.isEmpty())
                return std::nullopt;
            m_state = State::Head;
            ++m_started;
            [[fallthrough]];
        case State::Head:
            if (auto rejection = feedHead(data))
                return rejection;
            break;
        case State::Body: {
            const qint64 taken = std::min<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= taken;
            data = data.sliced(taken);
            if (m_bodyRemaining == 0)
                finishRequest();
            break;
        }
        }
    }
    return std::nullopt;
}

std::optional<RequestFramer::Rejection> RequestFramer::feedHead(QByteArrayView &data)
{
    if (m_head.isEmpty()) {
        // The usual case: the whole head is in this chunk and is parsed where it lies.
        const qsizetype end = headEnd(data.first(std::min<qsizetype>(data.size(), m_limits.maxHeadBytes + 1)), 1);
        if (end > 0) {
            const QByteArrayView head = data.first(end);
            data = data.sliced(end);
            if (auto rejection = checkHeadSize(head, true))
                return rejection;
            return finishHead(head);
        }
    }

    const qsizetype searchFrom = m_head.size() - 3;
    const qsizetype room = std::max<qsizetype>(m_limits.maxHeadBytes - m_head.size() + 1, 0);
    const qsizetype chunk = std::min<qsizetype>(data.size(), room);
    m_head.append(data.first(chunk));
    const qsizetype end = headEnd(m_head, searchFrom);
    if (end < 0) {
        data = data.sliced(chunk);
        return checkHeadSize(m_head, false);
    }
    // Give back what followed the head: it belongs to the body or to the next request.
    data = data.sliced(chunk - (m_head.size() - end));
    m_head.truncate(end);
    if (auto rejection = checkHeadSize(m_head, true))
        return rejection;
    auto rejection = finishHead(m_head);
    m_head.resize(0);
    return rejection;
}

std::optional<RequestFramer::Rejection> RequestFramer::checkHeadSize(QByteArrayView head, bool complete)
{
    const qsizetype firstLineEnd = head.indexOf('\n');
    if (firstLineEnd < 0 ? head.size() > m_limits.maxRequestLineBytes : firstLineEnd > m_limits.maxRequestLineBytes)
        return reject(414, tr("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLineBytes));
    if (!complete && head.size() > m_limits.maxHeadBytes)
        return reject(431, tr("The request headers are larger than %1 bytes.").arg(m_limits.maxHeadBytes));
    return std::nullopt;
}

std::optional<RequestFramer::Rejection> RequestFramer::finishHead(QByteArrayView head)
{
    LineReader lines(head);
    QByteArrayView requestLine;
    if (!lines.next(requestLine) || requestLine.isEmpty())
        return reject(400, tr("The request is empty."));

    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : requestLine.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0 || requestLine.indexOf(' ', secondSpace + 1) >= 0 || !isToken(requestLine.first(firstSpace))
        || secondSpace == firstSpace + 1)
        return reject(400, tr("The request line is malformed."));
    if (requestLine[firstSpace + 1] != '/')
        return reject(400, tr("The request target must be a path starting with \"/\"."));
    const QByteArrayView version = requestLine.sliced(secondSpace + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return reject(505, tr("Only HTTP/1.0 and HTTP/1.1 are supported."));

    int headerCount = 0;
    int hostCount = 0;
    QByteArrayView host;
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool close = version == "HTTP/1.0";
    bool connectionUpgrade = false;
    bool upgradeHeader = false;
    QByteArrayView line;
    while (lines.next(line) && !line.isEmpty()) {
        if (++headerCount > m_limits.maxHeaderCount)
            return reject(431, tr("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return reject(400, tr("A request header is malformed."));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("host", Qt::CaseInsensitive) == 0) {
            host = value;
            ++hostCount;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const auto length = parseContentLength(value);
            if (!length || (contentLength && *contentLength != *length))
                return reject(400, tr("The Content-Length header is invalid."));
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            chunked = true;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            close = close || hasToken(value, "close");
            connectionUpgrade = connectionUpgrade || hasToken(value, "upgrade");
        } else if (name.compare("upgrade", Qt::CaseInsensitive) == 0) {
            upgradeHeader = true;
        }
    }

    if (hostCount != 1)
        return reject(400, tr("The request must carry exactly one Host header."));
    const bool allowedHost = std::any_of(m_allowedHosts.cbegin(), m_allowedHosts.cend(),
        [host](const QByteArray &allowed) { return host.compare(allowed, Qt::CaseInsensitive) == 0; });
    if (!allowedHost)
        return reject(
            403, tr("This server only answers requests addressed to 127.0.0.1 or localhost on its own port."));
    if (chunked)
        return reject(411, tr("Send the body with a Content-Length; chunked uploads are not accepted."));
    if (contentLength.value_or(0) > m_limits.maxBodyBytes)
        return reject(413, tr("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));

    m_pendingClose = close;
    m_pendingUpgrade = upgradeHeader && connectionUpgrade;
    m_bodyRemaining = contentLength.value_or(0);
    if (m_pendingUpgrade) {
        finishRequest();
        m_state = State::Upgraded;
    } else if (m_bodyRemaining > 0) {
        m_state = State::Body;
    } else {
        finishRequest();
    }
    return std::nullopt;
}

void RequestFramer::finishRequest()
{
    ++m_completed;
    m_closeRequested = m_pendingClose;
    m_state = State::Idle;
}

std::optional<RequestFramer::Rejection> RequestFramer::reject(int status, QString message)
{
    m_state = State::Rejected;
    m_head.resize(0);
    return Rejection{status, std::move(message)};
}

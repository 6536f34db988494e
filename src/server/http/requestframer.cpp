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
    for (QByteArrayView part : QByteArray(list.toByteArray()).split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

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
            m_head.clear();
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
    const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
    const qsizetype room = m_limits.maxHeadBytes - m_head.size() + 1;
    const qsizetype chunk = std::min<qsizetype>(data.size(), std::max<qsizetype>(room, 0));
    m_head.append(data.first(chunk));

    qsizetype end = -1;
    for (qsizetype i = std::max<qsizetype>(searchFrom, 1); i < m_head.size(); ++i) {
        if (m_head[i] != '\n')
            continue;
        if (m_head[i - 1] == '\n' || (i >= 2 && m_head[i - 1] == '\r' && m_head[i - 2] == '\n')) {
            end = i + 1;
            break;
        }
    }

    const qsizetype firstLineEnd = m_head.indexOf('\n');
    if (firstLineEnd < 0 ? m_head.size() > m_limits.maxRequestLineBytes : firstLineEnd > m_limits.maxRequestLineBytes) {
        return reject(414, tr("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLineBytes));
    }
    if (end < 0) {
        if (m_head.size() > m_limits.maxHeadBytes)
            return reject(431, tr("The request headers are larger than %1 bytes.").arg(m_limits.maxHeadBytes));
        data = data.sliced(chunk);
        return std::nullopt;
    }

    // Give back what followed the head: it belongs to the body or to the next request.
    const qsizetype surplus = m_head.size() - end;
    m_head.truncate(end);
    data = data.sliced(chunk - surplus);
    return finishHead();
}

std::optional<RequestFramer::Rejection> RequestFramer::finishHead()
{
    QList<QByteArray> lines = m_head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return reject(400, tr("The request is empty."));

    const QList<QByteArray> requestLine = lines.constFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty())
        return reject(400, tr("The request line is malformed."));
    if (!requestLine[1].startsWith('/'))
        return reject(400, tr("The request target must be a path starting with \"/\"."));
    const QByteArray &version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return reject(505, tr("Only HTTP/1.0 and HTTP/1.1 are supported."));

    if (lines.size() - 1 > m_limits.maxHeaderCount)
        return reject(431, tr("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));

    QByteArrayList hosts;
    std::optional<qint64> contentLength;
    bool chunked = false;
    QByteArray connection;
    bool upgradeHeader = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return reject(400, tr("A request header is malformed."));
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "host") {
            hosts.append(value.toLower());
        } else if (name == "content-length") {
            const auto length = parseContentLength(value);
            if (!length || (contentLength && *contentLength != *length))
                return reject(400, tr("The Content-Length header is invalid."));
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "connection") {
            connection += value + ',';
        } else if (name == "upgrade") {
            upgradeHeader = true;
        }
    }

    if (hosts.size() != 1)
        return reject(400, tr("The request must carry exactly one Host header."));
    if (!m_allowedHosts.contains(hosts.constFirst()))
        return reject(
            403, tr("This server only answers requests addressed to 127.0.0.1 or localhost on its own port."));
    if (chunked)
        return reject(411, tr("Send the body with a Content-Length; chunked uploads are not accepted."));
    if (contentLength.value_or(0) > m_limits.maxBodyBytes)
        return reject(413, tr("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));

    const bool http10 = version == "HTTP/1.0";
    m_pendingClose = http10 || hasToken(connection, "close");
    m_pendingUpgrade = upgradeHeader && hasToken(connection, "upgrade");
    m_bodyRemaining = contentLength.value_or(0);
    m_head.clear();
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
    m_head.clear();
    return Rejection{status, std::move(message)};
}

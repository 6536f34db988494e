#include "server/http/websocketpeer.h"

#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QtEndian>

#include <optional>

Q_LOGGING_CATEGORY(lcWebSocket, "melodyhue.server.ws")

namespace {

enum Opcode { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xa };

// The longest frame head: 2 bytes, an 8-byte length and a 4-byte mask.
constexpr qint64 longestHead = 14;
constexpr qsizetype longestControlPayload = 125;

bool isKnownOpcode(int opcode)
{
    return opcode == Continuation || opcode == Text || opcode == Binary || opcode == Close || opcode == Ping
        || opcode == Pong;
}

// Codes a client may send in a close frame (RFC 6455 §7.4).
bool isValidCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999);
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

} // namespace

WebSocketPeer::WebSocketPeer(QTcpSocket *socket, QByteArray target, const WebSocketLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_target(std::move(target))
    , m_limits(limits)
{
    socket->setParent(this);
    // Qt reads no more from the kernel than one whole frame needs: a flooding client is slowed
    // down by TCP, not buffered here.
    socket->setReadBufferSize(m_limits.maxIncomingMessageBytes + longestHead + 1024);
    m_closingTimer.setSingleShot(true);
    connect(&m_closingTimer, &QTimer::timeout, this, &WebSocketPeer::abort);
    connect(socket, &QTcpSocket::readyRead, this, &WebSocketPeer::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &WebSocketPeer::finish);
    // Frames that came with the handshake, and a client that left meanwhile, once the owner
    // has connected to this peer's signals.
    QTimer::singleShot(0, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
        else
            onReadyRead();
    });
}

WebSocketPeer::~WebSocketPeer()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

qint64 WebSocketPeer::unsentBytes() const
{
    return m_socket->bytesToWrite();
}

void WebSocketPeer::sendText(const QByteArray &utf8)
{
    if (m_state == State::Open)
        writeFrame(Text, utf8);
}

void WebSocketPeer::ping()
{
    if (m_state == State::Open)
        writeFrame(Ping, {});
}

void WebSocketPeer::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_state != State::Open)
        return;
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(code), payload.data());
    // The whole payload of a control frame fits in 125 bytes; a long reason is cut short.
    QString text = reason;
    while (text.toUtf8().size() > longestControlPayload - 2)
        text.chop(text.size() > 1 && text.back().isLowSurrogate() ? 2 : 1);
    writeFrame(Close, QByteArray(payload + text.toUtf8()));
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    m_closingTimer.start(m_limits.closingTime);
}

void WebSocketPeer::abort()
{
    if (m_finished)
        return;
    m_socket->abort();
    finish();
}

void WebSocketPeer::onReadyRead()
{
    while (m_state == State::Open || m_state == State::Closing) {
        std::optional<Frame> frame = takeFrame();
        if (!frame)
            break;
        handle(std::move(*frame));
    }
    if ((m_state == State::Failed || m_state == State::Gone) && m_socket->isOpen())
        m_socket->skip(m_socket->bytesAvailable());
}

std::optional<WebSocketPeer::Frame> WebSocketPeer::takeFrame()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available < 2)
        return std::nullopt;
    uchar head[longestHead] = {};
    const qint64 peeked = m_socket->peek(reinterpret_cast<char *>(head), std::min(available, longestHead));
    const bool final = head[0] & 0x80;
    const int opcode = head[0] & 0x0f;
    const bool control = opcode & 0x08;
    if (head[0] & 0x70) {
        fail(QWebSocketProtocol::CloseCodeProtocolError, tr("Reserved bits are set."));
        return std::nullopt;
    }
    if (!isKnownOpcode(opcode)) {
        fail(QWebSocketProtocol::CloseCodeProtocolError, tr("Unknown opcode %1.").arg(opcode));
        return std::nullopt;
    }
    if (!(head[1] & 0x80)) {
        fail(QWebSocketProtocol::CloseCodeProtocolError, tr("Frames from a client must be masked."));
        return std::nullopt;
    }
    quint64 length = head[1] & 0x7f;
    qint64 headSize = 2;
    if (length == 126) {
        if (peeked < 4)
            return std::nullopt;
        length = qFromBigEndian<quint16>(head + 2);
        headSize = 4;
    } else if (length == 127) {
        if (peeked < 10)
            return std::nullopt;
        length = qFromBigEndian<quint64>(head + 2);
        headSize = 10;
    }
    if ((headSize == 4 && length < 126) || (headSize == 10 && (length <= 0xffff || length >> 63))) {
        fail(QWebSocketProtocol::CloseCodeProtocolError, tr("A frame’s length is not in its shortest form."));
        return std::nullopt;
    }
    if (control && (!final || length > quint64(longestControlPayload))) {
        fail(QWebSocketProtocol::CloseCodeProtocolError, tr("A control frame is fragmented or too long."));
        return std::nullopt;
    }
    if (!control) {
        if ((opcode == Continuation) != (m_messageOpcode != 0)) {
            fail(QWebSocketProtocol::CloseCodeProtocolError, tr("A message’s fragments are out of order."));
            return std::nullopt;
        }
        if (length > quint64(m_limits.maxIncomingMessageBytes - m_message.size())) {
            fail(QWebSocketProtocol::CloseCodeTooMuchData,
                tr("Messages to MelodyHue are at most %1 bytes.").arg(m_limits.maxIncomingMessageBytes));
            return std::nullopt;
        }
    }
    headSize += 4;
    if (available < headSize + qint64(length))
        return std::nullopt;

    const uchar *mask = head + headSize - 4;
    m_socket->skip(headSize);
    Frame frame{final, opcode, m_socket->read(qint64(length))};
    for (qsizetype i = 0; i < frame.payload.size(); ++i)
        frame.payload[i] = char(frame.payload.at(i) ^ mask[i % 4]);
    return frame;
}

void WebSocketPeer::handle(Frame frame)
{
    switch (frame.opcode) {
    case Ping:
        if (m_state == State::Open)
            writeFrame(Pong, frame.payload);
        return;
    case Pong:
        Q_EMIT pongReceived();
        return;
    case Close:
        handleClose(frame.payload);
        return;
    default:
        break;
    }
    // A message: its fragments are gathered (under the limit), then it is dropped, as clients
    // only listen here.
    if (frame.opcode != Continuation)
        m_messageOpcode = frame.opcode;
    m_message += frame.payload;
    if (!frame.final)
        return;
    const bool badText = m_messageOpcode == Text && !isUtf8(m_message);
    m_messageOpcode = 0;
    m_message.clear();
    if (badText)
        fail(QWebSocketProtocol::CloseCodeWrongDatatype, tr("A text message is not UTF-8."));
}

void WebSocketPeer::handleClose(const QByteArray &payload)
{
    QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeNormal;
    if (payload.size() == 1) {
        fail(QWebSocketProtocol::CloseCodeProtocolError, tr("A close frame’s code is cut."));
        return;
    }
    if (payload.size() >= 2) {
        const quint16 received = qFromBigEndian<quint16>(payload.constData());
        if (!isValidCloseCode(received)) {
            fail(QWebSocketProtocol::CloseCodeProtocolError, tr("A close frame’s code is not valid."));
            return;
        }
        if (!isUtf8(QByteArrayView(payload).sliced(2))) {
            fail(QWebSocketProtocol::CloseCodeWrongDatatype, tr("A close frame’s reason is not UTF-8."));
            return;
        }
        code = QWebSocketProtocol::CloseCode(received);
    }
    if (m_state == State::Open) {
        QByteArray echo(2, Qt::Uninitialized);
        qToBigEndian<quint16>(quint16(code), echo.data());
        writeFrame(Close, echo);
    }
    if (m_finished)
        return;
    // Both sides have said goodbye: the server closes TCP first (RFC 6455 §7.1.1).
    m_state = State::Failed;
    m_closingTimer.start(m_limits.closingTime);
    m_socket->disconnectFromHost();
}

void WebSocketPeer::writeFrame(int opcode, QByteArrayView payload)
{
    if (m_finished)
        return;
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame += char(0x80 | opcode);
    if (payload.size() < 126) {
        frame += char(payload.size());
    } else if (payload.size() <= 0xffff) {
        frame += char(126);
        frame.resize(4);
        qToBigEndian<quint16>(quint16(payload.size()), frame.data() + 2);
    } else {
        frame += char(127);
        frame.resize(10);
        qToBigEndian<quint64>(quint64(payload.size()), frame.data() + 2);
    }
    frame += payload;
    m_socket->write(frame);
    if (m_socket->bytesToWrite() > m_limits.maxUnsentBytes) {
        qCInfo(lcWebSocket) << "cut off a client that does not read what it is sent";
        abort();
    }
}

void WebSocketPeer::fail(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    qCInfo(lcWebSocket).noquote() << "closing a client that broke the protocol:" << reason;
    close(code, reason);
    if (m_finished)
        return;
    // Nothing it sends is read any more; the close frame goes out, then the connection ends.
    m_state = State::Failed;
    m_closingTimer.start(m_limits.closingTime);
    m_socket->disconnectFromHost();
}

void WebSocketPeer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Gone;
    m_closingTimer.stop();
    Q_EMIT disconnected();
}

#include "headlessbrowser.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int replyTimeoutMs = 30000;

// Spins the event loop until `done` holds or the time is up.
template<typename Condition>
bool waitUntil(Condition done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace

HeadlessBrowser::HeadlessBrowser()
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &HeadlessBrowser::onMessage);
}

HeadlessBrowser::~HeadlessBrowser()
{
    // Closed the way a user would, so that Chromium is done with its profile folder before
    // the folder is removed.
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.sendTextMessage(u"{\"id\":0,\"method\":\"Browser.close\"}"_s);
        m_socket.flush();
    } else if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
    }
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_socket.abort();
    m_profile.remove();
}

QString HeadlessBrowser::executable()
{
    for (const QString &name : {u"chromium"_s, u"chromium-browser"_s, u"google-chrome"_s}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool HeadlessBrowser::start(QString *error, const QStringList &extraArguments)
{
    const QString program = executable();
    if (program.isEmpty()) {
        *error = u"Chromium is not installed (scripts/test installs Debian's chromium)."_s;
        return false;
    }
    // No sandbox: CI runs as root, where Chromium refuses its sandbox.
    m_process.start(program,
        extraArguments
            + QStringList{u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--remote-debugging-port=0"_s,
                u"--user-data-dir="_s + m_profile.path(), u"--no-first-run"_s, u"--no-default-browser-check"_s,
                u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
                u"--disable-extensions"_s, u"--mute-audio"_s, u"--hide-scrollbars"_s, u"--force-color-profile=srgb"_s,
                u"--font-render-hinting=none"_s, u"about:blank"_s});
    QString output;
    QUrl endpoint;
    static const QRegularExpression listening(u"DevTools listening on (ws://\\S+)"_s);
    const bool found = waitUntil(
        [&] {
            output += QString::fromUtf8(m_process.readAllStandardError());
            const auto match = listening.match(output);
            if (match.hasMatch())
                endpoint = QUrl(match.captured(1));
            return endpoint.isValid() || m_process.state() == QProcess::NotRunning;
        },
        60000);
    if (!found || !endpoint.isValid()) {
        *error = u"Chromium did not start: "_s + output.right(2000);
        return false;
    }
    m_socket.open(endpoint);
    if (!waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 30000)) {
        *error = u"Cannot reach Chromium's DevTools at "_s + endpoint.toString();
        return false;
    }
    const QJsonObject target = call(u"Target.createTarget"_s, {{u"url"_s, u"about:blank"_s}}, false);
    const QJsonObject attached
        = call(u"Target.attachToTarget"_s, {{u"targetId"_s, target.value(u"targetId"_s)}, {u"flatten"_s, true}}, false);
    m_session = attached.value(u"sessionId"_s).toString();
    if (m_session.isEmpty()) {
        *error = u"Chromium opened no tab."_s;
        return false;
    }
    for (const QString &domain : {u"Page.enable"_s, u"Runtime.enable"_s, u"Log.enable"_s, u"Network.enable"_s})
        call(domain);
    return true;
}

bool HeadlessBrowser::open(const QUrl &url, QSize size)
{
    call(u"Emulation.setDeviceMetricsOverride"_s,
        {{u"width"_s, size.width()}, {u"height"_s, size.height()}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, false}});
    m_events.removeAll(u"Page.loadEventFired"_s);
    const QJsonObject navigated = call(u"Page.navigate"_s, {{u"url"_s, url.toString()}});
    if (navigated.contains(u"errorText"_s))
        return false;
    return waitUntil([this] { return m_events.contains(u"Page.loadEventFired"_s); }, replyTimeoutMs);
}

QJsonValue HeadlessBrowser::evaluate(const QString &expression)
{
    const QJsonObject result = call(
        u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"returnByValue"_s, true}, {u"awaitPromise"_s, true}});
    if (result.contains(u"exceptionDetails"_s))
        return QJsonValue::Undefined;
    return result.value(u"result"_s).toObject().value(u"value"_s);
}

QByteArray HeadlessBrowser::screenshot(bool transparent)
{
    if (transparent) {
        call(u"Emulation.setDefaultBackgroundColorOverride"_s,
            {{u"color"_s, QJsonObject{{u"r"_s, 0}, {u"g"_s, 0}, {u"b"_s, 0}, {u"a"_s, 0}}}});
    }
    const QJsonObject shot = call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}});
    return QByteArray::fromBase64(shot.value(u"data"_s).toString().toLatin1());
}

void HeadlessBrowser::clearRecords()
{
    m_errors.clear();
    m_requests.clear();
}

QJsonObject HeadlessBrowser::call(const QString &method, const QJsonObject &params, bool onPage)
{
    const int id = m_nextId++;
    QJsonObject message{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    if (onPage)
        message.insert(u"sessionId"_s, m_session);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!waitUntil([this, id] { return m_replies.contains(id); }, replyTimeoutMs)) {
        qWarning("HeadlessBrowser: no answer to %s", qPrintable(method));
        return {};
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(u"error"_s))
        qWarning("HeadlessBrowser: %s failed: %s", qPrintable(method), QJsonDocument(reply).toJson().constData());
    return reply.value(u"result"_s).toObject();
}

void HeadlessBrowser::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(u"id"_s)) {
        m_replies.insert(message.value(u"id"_s).toInt(), message);
        return;
    }
    const QString method = message.value(u"method"_s).toString();
    const QJsonObject params = message.value(u"params"_s).toObject();
    m_events.append(method);
    if (method == u"Runtime.consoleAPICalled"_s && params.value(u"type"_s).toString() == u"error"_s) {
        QStringList parts;
        for (const QJsonValue argument : params.value(u"args"_s).toArray())
            parts.append(argument.toObject().value(u"value"_s).toVariant().toString());
        m_errors.append(u"console: "_s + parts.join(u' '));
    } else if (method == u"Runtime.exceptionThrown"_s) {
        const QJsonObject details = params.value(u"exceptionDetails"_s).toObject();
        m_errors.append(u"exception: "_s
            + details.value(u"exception"_s)
                  .toObject()
                  .value(u"description"_s)
                  .toString(details.value(u"text"_s).toString()));
    } else if (method == u"Log.entryAdded"_s) {
        const QJsonObject entry = params.value(u"entry"_s).toObject();
        if (entry.value(u"level"_s).toString() == u"error"_s)
            m_errors.append(u"log: "_s + entry.value(u"text"_s).toString() + u' ' + entry.value(u"url"_s).toString());
    } else if (method == u"Page.javascriptDialogOpening"_s) {
        m_errors.append(u"dialog: "_s + params.value(u"message"_s).toString());
        call(u"Page.handleJavaScriptDialog"_s, {{u"accept"_s, false}});
    } else if (method == u"Network.requestWillBeSent"_s) {
        m_requests.append(QUrl(params.value(u"request"_s).toObject().value(u"url"_s).toString()));
    }
}

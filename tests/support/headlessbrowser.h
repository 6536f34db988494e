#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

// Debian's Chromium, headless, as OBS's browser source would show an overlay: one tab driven
// over the DevTools protocol. It records what the page logs as errors (console errors,
// uncaught exceptions, refused loads and policy violations) and every request it makes.
class HeadlessBrowser : public QObject
{
    Q_OBJECT

public:
    HeadlessBrowser();
    ~HeadlessBrowser() override;

    static QString executable();
    // Starts Chromium and opens its tab; false with `error` set when it cannot.
    bool start(QString *error, const QStringList &extraArguments = {});

    // Loads `url` in a viewport of `size` and waits for its load event.
    bool open(const QUrl &url, QSize size = {800, 600});
    // The value of a JavaScript expression (promises awaited); undefined on failure.
    QJsonValue evaluate(const QString &expression);
    // A PNG of the viewport; with `transparent`, what the page leaves undrawn is transparent.
    QByteArray screenshot(bool transparent = true);

    QStringList errors() const { return m_errors; }
    QList<QUrl> requests() const { return m_requests; }
    void clearRecords();

private:
    QJsonObject call(const QString &method, const QJsonObject &params = {}, bool onPage = true);
    void onMessage(const QString &message);

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QString m_session;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    QStringList m_events;
    QStringList m_errors;
    QList<QUrl> m_requests;
};

#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUrl>

// The user's browser in the OAuth tests: it follows an authorization URL through the fake
// service's redirect to MelodyHue's callback, then to the page MelodyHue shows at the end
// (waiting while that page asks to be reloaded). Installed as the handler of http URLs, it also
// receives what the Connect button opens with QDesktopServices.
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    struct Visit {
        int status = 0;
        QByteArray page;
        QList<QUrl> visited;
    };

    static Visit visit(const QUrl &url);

    // Becomes the handler of http:// URLs (QDesktopServices::setUrlHandler) until destroyed.
    void install();
    ~FakeBrowser() override;

    QList<Visit> visits() const { return m_visits; }

public Q_SLOTS:
    void open(const QUrl &url);

Q_SIGNALS:
    void finished();

private:
    QList<Visit> m_visits;
    bool m_installed = false;
};

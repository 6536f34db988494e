#include "fakebrowser.h"

#include "rawhttp.h"

#include <QDesktopServices>
#include <QTest>

namespace {

RawResponse get(const QUrl &url)
{
    const QByteArray target = url.path(QUrl::FullyEncoded).toLatin1()
        + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
    return httpRequest(quint16(url.port()), "GET", target);
}

} // namespace

FakeBrowser::Visit FakeBrowser::visit(const QUrl &start)
{
    Visit visit;
    QUrl url = start;
    for (int hop = 0; hop < 10; ++hop) {
        visit.visited.append(url);
        RawResponse response = get(url);
        // A page that asks to be reloaded ("Finishing…") is reloaded until it changes.
        if (response.status == 200 && response.body.contains("http-equiv=\"refresh\"")) {
            [[maybe_unused]] const bool settled = QTest::qWaitFor(
                [&] {
                    response = get(url);
                    return !response.body.contains("http-equiv=\"refresh\"");
                },
                15000);
        }
        visit.status = response.status;
        visit.page = response.body;
        if (response.status < 300 || response.status >= 400)
            break;
        url = url.resolved(QUrl::fromEncoded(response.header("location")));
    }
    return visit;
}

void FakeBrowser::install()
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
    m_installed = true;
}

FakeBrowser::~FakeBrowser()
{
    if (m_installed)
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void FakeBrowser::open(const QUrl &url)
{
    // Like a real browser, later: the app's event loop keeps running meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, url] {
            m_visits.append(visit(url));
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

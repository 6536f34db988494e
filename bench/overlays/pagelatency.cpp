// bench_overlaypage: an overlay page in headless Chromium (the browser OBS embeds), measured.
//  - latency: a track change published on /ws → the new title in the page's DOM, timed in the
//    page by a MutationObserver against the same wall clock;
//  - memory: the page's JavaScript heap and DOM nodes after it has shown many tracks, to see
//    that a page left open all stream long does not grow.
// Usage: bench_overlaypage [changes] (default 300)

#include "support/headlessbrowser.h"
#include "support/serverfixture.h"

#include "server/api/livefeed.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

PlaybackState playing(int index)
{
    PlaybackState state;
    state.isPlaying = true;
    Track track;
    track.id = QString::number(index);
    track.title = QStringLiteral("Track %1").arg(index);
    track.artists = {QStringLiteral("Artist %1").arg(index % 7)};
    track.album = QStringLiteral("Album");
    track.durationMs = 200000;
    state.track = track;
    state.progressAt = QDateTime::currentDateTimeUtc();
    return state;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5)));
}

double nowEpochMs()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int changes = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 300;

    HeadlessBrowser browser;
    QString error;
    // gc() and exact heap figures, for the memory part.
    if (!browser.start(
            &error, {QStringLiteral("--js-flags=--expose-gc"), QStringLiteral("--enable-precise-memory-info")})) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ServerFixture fixture;
    fixture.nowPlaying.setState(playing(0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/overlay/now-playing").arg(fixture.port()));
    if (!browser.open(url, {640, 200})
        || !QTest::qWaitFor([&] { return fixture.server->liveFeed().clientCount() == 1; }, 20000)) {
        std::fprintf(stderr, "the page did not open\n");
        return 1;
    }
    // The page notes when each new title lands in the DOM. Every expression evaluated below is
    // the same text, so that V8's script cache does not grow with the measurement.
    browser.evaluate(QStringLiteral(
        "window.__times = []; window.__last = ''; new MutationObserver(() => { const t = document.querySelector("
        "'[data-mh=\"title\"]').textContent; if (t !== window.__last) { window.__last = t;"
        " window.__times.push(performance.timeOrigin + performance.now()); } })"
        ".observe(document.body, {subtree: true, childList: true, characterData: true}); true"));
    const auto metrics = [&browser] {
        browser.evaluate(QStringLiteral("window.gc && gc(); true"));
        return browser
            .evaluate(QStringLiteral("(() => ({heap: performance.memory ? performance.memory.usedJSHeapSize : 0,"
                                     " nodes: document.getElementsByTagName('*').length}))()"))
            .toObject();
    };
    const QJsonObject before = metrics();

    std::vector<double> sent;
    for (int i = 1; i <= changes; ++i) {
        sent.push_back(nowEpochMs());
        fixture.nowPlaying.setState(playing(i));
        if (!QTest::qWaitFor(
                [&] { return browser.evaluate(QStringLiteral("window.__times.length")).toInt() >= i; }, 5000)) {
            std::fprintf(stderr, "change %d never reached the page\n", i);
            return 1;
        }
    }
    const QJsonArray seen = browser.evaluate(QStringLiteral("window.__times.splice(0)")).toArray();
    std::vector<double> latencies;
    for (qsizetype i = 0; i < seen.size() && i < qsizetype(sent.size()); ++i)
        latencies.push_back(seen.at(i).toDouble() - sent.at(size_t(i)));
    const QJsonObject after = metrics();

    std::printf("overlay page (Chromium %s), %d track changes pushed on /ws\n",
        qPrintable(HeadlessBrowser::executable()), changes);
    std::printf("change published -> title in the DOM: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%zu seen)\n",
        percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 0.99),
        *std::max_element(latencies.begin(), latencies.end()), latencies.size());
    std::printf("JS heap: %.2f MB before, %.2f MB after; DOM elements: %d before, %d after\n",
        before.value(QStringLiteral("heap")).toDouble() / 1e6, after.value(QStringLiteral("heap")).toDouble() / 1e6,
        before.value(QStringLiteral("nodes")).toInt(), after.value(QStringLiteral("nodes")).toInt());
    return 0;
}

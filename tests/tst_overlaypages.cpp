// The overlay pages in the browser OBS embeds (Chromium, headless): every template loads
// without an error, follows /ws without asking /infos, keeps hostile titles as text (even in
// custom HTML stored before its rules, where a title must not navigate or restyle the page),
// honours its options, fits long titles, and reconnects when MelodyHue restarts. With
// MELODYHUE_SCREENSHOT_DIR set, each template is saved there as a PNG.

#include "support/headlessbrowser.h"
#include "support/serverfixture.h"
#include "support/syntheticcovers.h"

#include "color/paletteextractor.h"
#include "overlays/overlayjson.h"
#include "overlays/overlaytemplates.h"
#include "server/api/livefeed.h"
#include "storage/overlaystable.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString longTitle
    = QStringLiteral("Everything Everywhere All at Once (Deluxe Anniversary Edition) — Extended Live Session Remaster");

PlaybackState playing(const QString &title, const QImage &cover = {}, const QString &id = QStringLiteral("t1"))
{
    PlaybackState state;
    state.isPlaying = true;
    state.service = QStringLiteral("spotify");
    state.source = PlaybackSource::MediaSession;
    state.reporter = QStringLiteral("Spotify desktop app");
    Track track;
    track.id = id;
    track.title = title;
    track.artists = {QStringLiteral("The Midnight"), QStringLiteral("Nikki Flores")};
    track.album = QStringLiteral("Endless Summer");
    track.durationMs = 245000;
    track.progressMs = 81000;
    state.track = track;
    state.progressAt = QDateTime::currentDateTimeUtc();
    if (!cover.isNull()) {
        QBuffer buffer(&state.coverImage);
        buffer.open(QIODevice::WriteOnly);
        cover.save(&buffer, "JPG", 90);
        state.coverMimeType = QByteArrayLiteral("image/jpeg");
        state.coverPalette = PaletteExtractor::fromData(state.coverImage).value();
    }
    return state;
}

QImage coverNamed(const QString &name)
{
    if (name == u"light")
        return SyntheticCovers::flat(QColor(0xf3, 0xec, 0xdf), 11).image;
    if (name == u"dark")
        return SyntheticCovers::photo(QColor(0x16, 0x1a, 0x24), 12).image;
    return SyntheticCovers::photo(QColor(0xff, 0x2d, 0x95), 13).image;
}

QString makeOverlay(ServerFixture &fixture, const QString &templateName, const QJsonObject &options = {})
{
    QJsonObject fields{{QStringLiteral("name"), templateName}, {QStringLiteral("template"), templateName}};
    if (!options.isEmpty())
        fields.insert(QStringLiteral("options"), options);
    return fixture.overlays->create(fields).value().id;
}

// A custom overlay written as an earlier MelodyHue could have stored it, before the rules that
// saving applies now.
QString storeUnchecked(ServerFixture &fixture, const QString &html)
{
    Overlay overlay = OverlayJson::create(
        {{QStringLiteral("name"), QStringLiteral("stored")}, {QStringLiteral("template"), QStringLiteral("custom")}})
                          .value();
    overlay.id = QStringLiteral("stored");
    overlay.html = html;
    return OverlaysTable(*fixture.database).write(overlay).value().id;
}

QUrl pageUrl(const ServerFixture &fixture, const QString &id)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/overlay/%2").arg(fixture.port()).arg(id));
}

} // namespace

class TestOverlayPages : public QObject
{
    Q_OBJECT

private:
    HeadlessBrowser m_browser;

    QString text(const QString &binding)
    {
        return m_browser.evaluate(QStringLiteral("document.querySelector('[data-mh=\"%1\"]').textContent").arg(binding))
            .toString();
    }
    bool hasClass(const QString &name)
    {
        return m_browser.evaluate(QStringLiteral("document.documentElement.classList.contains('%1')").arg(name))
            .toBool();
    }
    double bodyOpacity()
    {
        return m_browser.evaluate(QStringLiteral("Number(getComputedStyle(document.body).opacity)")).toDouble();
    }
    // Opens the page and waits until its script is connected to /ws.
    bool openLive(ServerFixture &fixture, const QString &id, QSize size = {800, 600})
    {
        if (!m_browser.open(pageUrl(fixture, id), size))
            return false;
        return QTest::qWaitFor([&] { return fixture.server->liveFeed().clientCount() == 1; }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_browser.start(&error), qPrintable(error));
    }

    void init() { m_browser.clearRecords(); }

    // The last page leaves with its server: its reconnection attempts must not count against
    // the next test.
    void cleanup() { m_browser.open(QUrl(QStringLiteral("about:blank"))); }

    void everyTemplate_loadsWithoutAnError_data()
    {
        QTest::addColumn<QString>("templateName");
        for (const QString &name : OverlayTemplates::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyTemplate_loadsWithoutAnError()
    {
        QFETCH(QString, templateName);
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Sunset"), coverNamed(QStringLiteral("dark"))));
        const QString id = makeOverlay(fixture, templateName);
        const OverlayOptions options = fixture.overlays->find(id).value().options;
        QVERIFY(openLive(fixture, id, {options.width, options.height}));
        QTRY_COMPARE(text(QStringLiteral("title")), QStringLiteral("Sunset"));
        QVERIFY(hasClass(QStringLiteral("mh-playing")));
        QVERIFY(!hasClass(QStringLiteral("mh-hidden")));
        // The cover came from this server and decoded.
        QTRY_VERIFY(
            m_browser
                .evaluate(QStringLiteral(
                    "[...document.querySelectorAll('img.mh-cover')].every(i => i.complete && i.naturalWidth > 0)"))
                .toBool());
        QVERIFY2(m_browser.errors().isEmpty(), qPrintable(m_browser.errors().join(u'\n')));
    }

    // Spotify's design guidelines: its content is credited to it, and artwork is shown as it is.
    void everyTemplate_creditsSpotify_andShowsTheCoverAsItIs_data() { everyTemplate_loadsWithoutAnError_data(); }
    void everyTemplate_creditsSpotify_andShowsTheCoverAsItIs()
    {
        QFETCH(QString, templateName);
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Sunset"), coverNamed(QStringLiteral("colourful"))));
        const QString id = makeOverlay(fixture, templateName);
        const OverlayOptions options = fixture.overlays->find(id).value().options;
        QVERIFY(openLive(fixture, id, {options.width, options.height}));
        QTRY_COMPARE(text(QStringLiteral("title")), QStringLiteral("Sunset"));
        QVERIFY(hasClass(QStringLiteral("mh-service-spotify")));
        QVERIFY(hasClass(QStringLiteral("mh-attributed")));
        // The credit shows: Spotify's name and its logo, inside the source.
        const QString credit = QStringLiteral(
            "(() => { const c = document.querySelector('.mh-attribution'); if (!c) return 'none';"
            " const r = c.getBoundingClientRect(); const logo = c.querySelector('img');"
            " return [getComputedStyle(c).display !== 'none', c.textContent.trim(), logo && logo.naturalWidth > 0,"
            " r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1]"
            ".join('|'); })()");
        QTRY_COMPARE(m_browser.evaluate(credit).toString(), QStringLiteral("true|Spotify|true|true"));
        // The cover: not blurred, filtered, animated, turned or faded, nothing drawn over it, and
        // not used as a backdrop either.
        const QString coverAsItIs = QStringLiteral(
            "(() => { const images = [...document.querySelectorAll('img.mh-cover')];"
            " for (const i of images) { const s = getComputedStyle(i); const r = i.getBoundingClientRect();"
            "  if (s.filter !== 'none' || s.animationName !== 'none' || s.transform !== 'none'"
            "      || Number(s.opacity) !== 1 || s.mixBlendMode !== 'normal') return 'altered: ' + i.className;"
            "  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            "  if (top !== i) return 'covered by ' + (top && top.className); }"
            " for (const e of document.querySelectorAll('*')) { for (const p of [null, '::before', '::after']) {"
            "  const s = getComputedStyle(e, p);"
            "  if (s.backgroundImage.includes('/cover')) return 'cover as a background of ' + e.className;"
            "  if (s.filter.includes('blur') || s.backdropFilter.includes('blur')) return 'blur on ' + e.className; } }"
            " return images.length + ' as it is'; })()");
        const QString expected = templateName == QStringLiteral("minimal") || templateName == QStringLiteral("color")
            ? QStringLiteral("0 as it is")
            : QStringLiteral("1 as it is");
        QCOMPARE(m_browser.evaluate(coverAsItIs).toString(), expected);

        // Another player's track: no credit.
        PlaybackState vlc = playing(QStringLiteral("Home video"), {}, QStringLiteral("t2"));
        vlc.service.clear();
        vlc.reporter = QStringLiteral("VLC media player");
        fixture.nowPlaying.setState(vlc);
        QTRY_VERIFY(!hasClass(QStringLiteral("mh-attributed")));
        QVERIFY(hasClass(QStringLiteral("mh-service-none")));
        QCOMPARE(
            m_browser.evaluate(QStringLiteral("getComputedStyle(document.querySelector('.mh-attribution')).display"))
                .toString(),
            QStringLiteral("none"));
        QVERIFY2(m_browser.errors().isEmpty(), qPrintable(m_browser.errors().join(u'\n')));
    }

    void theCreditsCorner_isAnOption()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Sunset")));
        const QString id = makeOverlay(fixture, QStringLiteral("default"),
            {{QStringLiteral("attribution_position"), QStringLiteral("top-right")}});
        QVERIFY(openLive(fixture, id, {640, 200}));
        QVERIFY(hasClass(QStringLiteral("mh-attribution-top-right")));
        const QString where
            = QStringLiteral("(() => { const r = document.querySelector('.mh-attribution').getBoundingClientRect();"
                             " return r.top < innerHeight / 2 && r.left > innerWidth / 2; })()");
        QTRY_VERIFY(m_browser.evaluate(where).toBool());
    }

    void aTrackChange_onWs_updatesThePage_withoutAskingInfos()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("First"), coverNamed(QStringLiteral("light"))));
        QVERIFY(openLive(fixture, QStringLiteral("now-playing")));
        const QString firstColor
            = m_browser.evaluate(QStringLiteral("document.documentElement.style.getPropertyValue('--mh-color')"))
                  .toString();
        m_browser.clearRecords();

        fixture.nowPlaying.setState(
            playing(QStringLiteral("Second"), coverNamed(QStringLiteral("colourful")), QStringLiteral("t2")));
        QTRY_COMPARE(text(QStringLiteral("title")), QStringLiteral("Second"));
        QTRY_VERIFY(m_browser.evaluate(QStringLiteral("document.documentElement.style.getPropertyValue('--mh-color')"))
                        .toString()
            != firstColor);
        QTRY_VERIFY(
            m_browser.evaluate(QStringLiteral("document.querySelector('img.mh-cover').naturalWidth > 0")).toBool());
        for (const QUrl &request : m_browser.requests()) {
            QVERIFY2(request.path() == QStringLiteral("/cover"), qPrintable(request.toString()));
        }
        QVERIFY2(m_browser.errors().isEmpty(), qPrintable(m_browser.errors().join(u'\n')));
    }

    void theProgress_movesBetweenPushes()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Song")));
        QVERIFY(openLive(fixture, QStringLiteral("now-playing")));
        const QString progress
            = QStringLiteral("Number(document.documentElement.style.getPropertyValue('--mh-progress'))");
        QTRY_VERIFY(m_browser.evaluate(progress).toDouble() > 0.3);
        const double start = m_browser.evaluate(progress).toDouble();
        QTRY_VERIFY(m_browser.evaluate(progress).toDouble() > start);
    }

    void aHostileTitle_staysText()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Calm")));
        QVERIFY(openLive(fixture, QStringLiteral("now-playing")));
        const int images = m_browser.evaluate(QStringLiteral("document.images.length")).toInt();
        const QString hostile = QStringLiteral("<img src=x onerror=alert(1)><script>alert(2)</script>");
        fixture.nowPlaying.setState(playing(hostile, {}, QStringLiteral("t2")));
        QTRY_COMPARE(text(QStringLiteral("title")), hostile);
        QCOMPARE(m_browser.evaluate(QStringLiteral("document.images.length")).toInt(), images);
        QCOMPARE(m_browser.evaluate(QStringLiteral("document.scripts.length")).toInt(), 1);
        QVERIFY2(m_browser.errors().isEmpty(), qPrintable(m_browser.errors().join(u'\n')));
    }

    void aTitle_cannotSendThePageElsewhere()
    {
        ServerFixture fixture;
        // The browser's media session of a web page names the track: here, a tag that reloads.
        const QString elsewhere = QStringLiteral("http://127.0.0.1:%1/health").arg(fixture.port());
        fixture.nowPlaying.setState(playing(QStringLiteral("meta http-equiv=refresh content=0;url=") + elsewhere));
        const QString id = storeUnchecked(fixture, QStringLiteral("<{{title}}><p data-mh=\"title\">{{title}}</p>"));
        QVERIFY(openLive(fixture, id));
        QCOMPARE(m_browser.evaluate(QStringLiteral("document.querySelectorAll('meta[http-equiv]').length")).toInt(), 0);
        QCOMPARE(m_browser.evaluate(QStringLiteral("location.pathname")).toString(), QStringLiteral("/overlay/") + id);
        QVERIFY(text(QStringLiteral("title")).startsWith(QStringLiteral("meta http-equiv")));
    }

    void aTitle_cannotRestyleThePage_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("a style sheet after <!-->")
            << QStringLiteral("<!--><style>p{color:{{title}}}</style><p data-mh=\"title\">{{title}}</p>");
        QTest::newRow("a style attribute after <!--->")
            << QStringLiteral("<!---><p style=\"color:{{title}}\" data-mh=\"title\">{{title}}</p>");
    }

    void aTitle_cannotRestyleThePage()
    {
        QFETCH(QString, html);
        ServerFixture fixture;
        fixture.nowPlaying.setState(
            playing(QStringLiteral("red}body{background:rgb(1,2,3)}p{x:y;background:rgb(1,2,3)")));
        QVERIFY(openLive(fixture, storeUnchecked(fixture, html)));
        QVERIFY(m_browser.evaluate(QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString()
            != QStringLiteral("rgb(1, 2, 3)"));
        QVERIFY(m_browser.evaluate(QStringLiteral("getComputedStyle(document.querySelector('p')).backgroundColor"))
                    .toString()
            != QStringLiteral("rgb(1, 2, 3)"));
    }

    void aTitle_inSrcdoc_neverBecomesAPage()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("<img src=/cover?srcdoc onerror=parent.x=1>")));
        QVERIFY(openLive(fixture, storeUnchecked(fixture, QStringLiteral("<iframe srcdoc=\"{{title}}\"></iframe>"))));
        QCOMPARE(m_browser.evaluate(QStringLiteral("document.querySelector('iframe').srcdoc")).toString(), QString());
        for (const QUrl &request : m_browser.requests())
            QVERIFY2(!request.query().contains(QStringLiteral("srcdoc")), qPrintable(request.toString()));
    }

    void hideWhenPaused_fadesTheOverlayOut()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Song")));
        const QString id
            = makeOverlay(fixture, QStringLiteral("default"), {{QStringLiteral("hide_when_paused"), true}});
        QVERIFY(openLive(fixture, id));
        QTRY_COMPARE(bodyOpacity(), 1.0);

        PlaybackState paused = playing(QStringLiteral("Song"));
        paused.isPlaying = false;
        fixture.nowPlaying.setState(paused);
        QTRY_VERIFY(hasClass(QStringLiteral("mh-paused")));
        QVERIFY(hasClass(QStringLiteral("mh-hidden")));
        QTRY_COMPARE(bodyOpacity(), 0.0);

        fixture.nowPlaying.setState(playing(QStringLiteral("Song")));
        QTRY_COMPARE(bodyOpacity(), 1.0);
    }

    void withoutTheOption_aPausedOverlayStays()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Song")));
        QVERIFY(openLive(fixture, QStringLiteral("now-playing")));
        PlaybackState paused = playing(QStringLiteral("Song"));
        paused.isPlaying = false;
        fixture.nowPlaying.setState(paused);
        QTRY_VERIFY(hasClass(QStringLiteral("mh-paused")));
        QVERIFY(!hasClass(QStringLiteral("mh-hidden")));
    }

    void showAfterChange_showsForThatLong_afterEachTrack()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("One")));
        const QString id
            = makeOverlay(fixture, QStringLiteral("compact"), {{QStringLiteral("show_seconds_after_change"), 1}});
        QVERIFY(openLive(fixture, id));
        QTRY_VERIFY(hasClass(QStringLiteral("mh-hidden")));
        fixture.nowPlaying.setState(playing(QStringLiteral("Two"), {}, QStringLiteral("t2")));
        QTRY_COMPARE(text(QStringLiteral("title")), QStringLiteral("Two"));
        QVERIFY(!hasClass(QStringLiteral("mh-hidden")));
        QTRY_VERIFY(hasClass(QStringLiteral("mh-hidden")));
    }

    void theFallbackColour_showsWhenNoCoverColoursIt()
    {
        ServerFixture fixture;
        PlaybackState paused = playing(QStringLiteral("Song"), coverNamed(QStringLiteral("light")));
        paused.isPlaying = false;
        fixture.nowPlaying.setState(paused);
        const QString id = makeOverlay(
            fixture, QStringLiteral("default"), {{QStringLiteral("fallback_color"), QStringLiteral("#123456")}});
        QVERIFY(openLive(fixture, id));
        QTRY_COMPARE(m_browser.evaluate(QStringLiteral("document.documentElement.style.getPropertyValue('--mh-color')"))
                         .toString(),
            QStringLiteral("#123456"));
    }

    void thePage_reconnects_whenMelodyHueRestarts()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Before")));
        QVERIFY(openLive(fixture, QStringLiteral("now-playing")));
        const quint16 port = fixture.port();
        fixture.server->close();
        fixture.nowPlaying.setState(playing(QStringLiteral("After"), {}, QStringLiteral("t2")));
        QVERIFY(fixture.server->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.server->liveFeed().clientCount(), 1, 20000);
        QTRY_COMPARE(text(QStringLiteral("title")), QStringLiteral("After"));
    }

    void editingAnOverlay_reloadsItsOpenPages()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Song")));
        QVERIFY(openLive(fixture, QStringLiteral("now-playing")));
        const QString fontSize = QStringLiteral("getComputedStyle(document.documentElement).fontSize");
        QCOMPARE(m_browser.evaluate(fontSize).toString(), QStringLiteral("20px"));
        QVERIFY(fixture.overlays->update(QStringLiteral("now-playing"),
            {{QStringLiteral("options"), QJsonObject{{QStringLiteral("font_size"), 32}}}}));
        QTRY_COMPARE(m_browser.evaluate(fontSize).toString(), QStringLiteral("32px"));
        QTRY_COMPARE(fixture.server->liveFeed().clientCount(), 1);
        QVERIFY2(m_browser.errors().isEmpty(), qPrintable(m_browser.errors().join(u'\n')));
    }

    // Each template at its own size and at 1920x1080, with light, dark and colourful covers and
    // a long title: nothing leaves the page.
    void longTitles_neverOverflow_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("cover");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("fullHd");
        for (const auto &builtIn : OverlayTemplates::builtIns()) {
            for (const QString &cover :
                {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("colourful")}) {
                QTest::addRow("%s-%s", qPrintable(builtIn.name), qPrintable(cover))
                    << builtIn.name << cover << QStringLiteral("Nightcall") << false;
            }
            QTest::addRow("%s-long", qPrintable(builtIn.name))
                << builtIn.name << QStringLiteral("colourful") << longTitle << false;
            QTest::addRow("%s-1080p", qPrintable(builtIn.name))
                << builtIn.name << QStringLiteral("dark") << longTitle << true;
        }
    }

    void longTitles_neverOverflow()
    {
        QFETCH(QString, templateName);
        QFETCH(QString, cover);
        QFETCH(QString, title);
        QFETCH(bool, fullHd);
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(title, coverNamed(cover)));
        const QString id = makeOverlay(fixture, templateName);
        const OverlayOptions options = fixture.overlays->find(id).value().options;
        const QSize size = fullHd ? QSize(1920, 1080) : QSize(options.width, options.height);
        QVERIFY(openLive(fixture, id, size));
        QTRY_VERIFY(m_browser.evaluate(QStringLiteral("[...document.images].every(i => i.complete)")).toBool());
        // Every line box stays inside the page.
        const QString outside = QStringLiteral(
            "[...document.querySelectorAll('.mh-scroll')].filter(e => { const r = e.getBoundingClientRect();"
            " return r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5; "
            "}).length");
        QCOMPARE(m_browser.evaluate(outside).toInt(), 0);
        // At the template's own size, a long title scrolls.
        if (title == longTitle && !fullHd) {
            QTRY_VERIFY(m_browser
                            .evaluate(QStringLiteral(
                                "document.querySelector('.mh-title, .mh-text').classList.contains('mh-overflowing')"))
                            .toBool());
        }
        QVERIFY2(m_browser.errors().isEmpty(), qPrintable(m_browser.errors().join(u'\n')));

        const QString folder = qEnvironmentVariable("MELODYHUE_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            // Colours glide for 0.8 s: the picture waits for the end of it.
            QTest::qWait(1200);
            QDir().mkpath(folder);
            QFile file(QStringLiteral("%1/overlay-%2.png").arg(folder, QString::fromLatin1(QTest::currentDataTag())));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_browser.screenshot());
        }
    }
};

QTEST_MAIN(TestOverlayPages)
#include "tst_overlaypages.moc"

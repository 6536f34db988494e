// Overlays through the local API: CRUD for automation behind the key, checks that name the
// field and store nothing, copies, and the public page and JSON that OBS reads, escaped and
// without a secret.

#include "support/rawhttp.h"
#include "support/serverfixture.h"

#include "overlays/overlayjson.h"
#include "overlays/overlaytemplates.h"
#include "storage/overlaystable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray hostileTitle = QByteArrayLiteral("<img src=x onerror=alert(1)>\"'`&{}</style></script>");

class Api
{
public:
    explicit Api(const ServerFixture &fixture)
        : m_fixture(fixture)
    { }

    RawResponse send(
        const QByteArray &method, const QByteArray &path, const QJsonValue &body = QJsonValue::Undefined) const
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", m_fixture.bearer()}};
        QByteArray bytes;
        if (!body.isUndefined()) {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            bytes = body.isObject() ? QJsonDocument(body.toObject()).toJson() : QJsonDocument(body.toArray()).toJson();
        }
        return httpRequest(m_fixture.port(), method, path, headers, bytes);
    }

    QJsonArray list() const { return QJsonDocument::fromJson(send("GET", "/overlays/").body).array(); }

private:
    const ServerFixture &m_fixture;
};

PlaybackState playing(const QString &title)
{
    PlaybackState state;
    state.isPlaying = true;
    Track track;
    track.id = QStringLiteral("t1");
    track.title = title;
    track.artists = {QStringLiteral("Artist <b>bold</b>")};
    track.album = QStringLiteral("Album & co");
    track.durationMs = 200000;
    track.progressMs = 50000;
    state.track = track;
    state.progressAt = QDateTime::currentDateTimeUtc();
    return state;
}

} // namespace

class TestOverlays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewDataFolder_hasOneOverlayReady()
    {
        ServerFixture fixture;
        const QJsonArray overlays = Api(fixture).list();
        QCOMPARE(overlays.size(), 1);
        QCOMPARE(overlays.at(0)[QStringLiteral("id")].toString(), QStringLiteral("now-playing"));
        QCOMPARE(overlays.at(0)[QStringLiteral("template")].toString(), QStringLiteral("default"));
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlay/now-playing").status, 200);
    }

    void overlays_areCreatedReadChangedAndDeleted()
    {
        ServerFixture fixture;
        const Api api(fixture);
        const RawResponse created = api.send("POST", "/overlays/",
            QJsonObject{{QStringLiteral("name"), QStringLiteral("  Stream corner  ")},
                {QStringLiteral("template"), QStringLiteral("compact")},
                {QStringLiteral("options"), QJsonObject{{QStringLiteral("hide_when_paused"), true}}}});
        QCOMPARE(created.status, 201);
        const QJsonObject overlay = created.json();
        const QString id = overlay[QStringLiteral("id")].toString();
        QCOMPARE(id.size(), 8);
        QCOMPARE(overlay[QStringLiteral("name")].toString(), QStringLiteral("Stream corner"));
        const QJsonObject options = overlay[QStringLiteral("options")].toObject();
        QCOMPARE(options[QStringLiteral("hide_when_paused")].toBool(), true);
        // The template's own defaults for what was not given.
        QCOMPARE(options[QStringLiteral("width")].toInt(),
            OverlayTemplates::find(QStringLiteral("compact"))->defaults.width);
        QCOMPARE(api.list().size(), 2);

        const QByteArray path = "/overlays/" + id.toLatin1();
        QCOMPARE(api.send("GET", path).json(), overlay);

        const RawResponse patched = api.send(
            "PATCH", path, QJsonObject{{QStringLiteral("options"), QJsonObject{{QStringLiteral("font_size"), 30}}}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()[QStringLiteral("options")][QStringLiteral("font_size")].toInt(), 30);
        QCOMPARE(patched.json()[QStringLiteral("options")][QStringLiteral("hide_when_paused")].toBool(), true);
        QCOMPARE(api.send("GET", path).json()[QStringLiteral("options")][QStringLiteral("font_size")].toInt(), 30);

        QCOMPARE(api.send("DELETE", path).status, 204);
        QCOMPARE(api.send("GET", path).status, 404);
        QCOMPARE(api.send("DELETE", path).status, 404);
        QCOMPARE(api.list().size(), 1);
    }

    void overlays_outliveARestart()
    {
        QTemporaryDir folder;
        QString id;
        {
            ServerFixture fixture({}, folder.path());
            id = Api(fixture)
                     .send("POST", "/overlays/", QJsonObject{{QStringLiteral("name"), QStringLiteral("Kept")}})
                     .json()[QStringLiteral("id")]
                     .toString();
        }
        ServerFixture again({}, folder.path());
        QCOMPARE(Api(again).send("GET", "/overlays/" + id.toLatin1()).json()[QStringLiteral("name")].toString(),
            QStringLiteral("Kept"));
    }

    void badInput_namesTheField_andStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray longName = "{\"name\":\"" + QByteArray(121, 'n') + "\"}";
        const QByteArray hugeCss
            = "{\"name\":\"x\",\"template\":\"custom\",\"css\":\"" + QByteArray(256 * 1024 + 1, 'a') + "\"}";
        QTest::newRow("no name") << QByteArray("POST") << QByteArray("{\"template\":\"default\"}")
                                 << QStringLiteral("name");
        QTest::newRow("empty name") << QByteArray("POST") << QByteArray("{\"name\":\"  \"}") << QStringLiteral("name");
        QTest::newRow("name of 121 characters") << QByteArray("POST") << longName << QStringLiteral("name");
        QTest::newRow("unknown template")
            << QByteArray("POST") << QByteArray("{\"name\":\"x\",\"template\":\"neon\"}") << QStringLiteral("template");
        QTest::newRow("css over 256 KB") << QByteArray("POST") << hugeCss << QStringLiteral("css");
        QTest::newRow("html on a built-in")
            << QByteArray("POST") << QByteArray("{\"name\":\"x\",\"template\":\"default\",\"html\":\"<p>\"}")
            << QStringLiteral("html");
        QTest::newRow("unknown placeholder")
            << QByteArray("POST") << QByteArray("{\"name\":\"x\",\"template\":\"custom\",\"html\":\"{{api_key}}\"}")
            << QStringLiteral("html");
        QTest::newRow("unknown option") << QByteArray("PATCH") << QByteArray("{\"options\":{\"blink\":true}}")
                                        << QStringLiteral("options.blink");
        QTest::newRow("option of the wrong type")
            << QByteArray("PATCH") << QByteArray("{\"options\":{\"font_size\":\"big\"}}")
            << QStringLiteral("options.font_size");
        QTest::newRow("option out of range")
            << QByteArray("PATCH") << QByteArray("{\"options\":{\"width\":99999}}") << QStringLiteral("options.width");
        QTest::newRow("colour not #rrggbb")
            << QByteArray("PATCH") << QByteArray("{\"options\":{\"fallback_color\":\"red;}\"}}")
            << QStringLiteral("options.fallback_color");
        QTest::newRow("colour with a final line break")
            << QByteArray("PATCH") << QByteArray("{\"options\":{\"fallback_color\":\"#123456\\n\"}}")
            << QStringLiteral("options.fallback_color");
        QTest::newRow("font name with a final line break")
            << QByteArray("PATCH") << QByteArray("{\"options\":{\"font_family\":\"Arial\\n\"}}")
            << QStringLiteral("options.font_family");
        QTest::newRow("a placeholder where it could open a tag")
            << QByteArray("POST") << QByteArray("{\"name\":\"x\",\"template\":\"custom\",\"html\":\"<{{title}}>\"}")
            << QStringLiteral("html");
        QTest::newRow("meta http-equiv") << QByteArray("POST")
                                         << QByteArray("{\"name\":\"x\",\"template\":\"custom\",\"html\":\"<meta "
                                                       "http-equiv=refresh content='0;url=https://x.example'>\"}")
                                         << QStringLiteral("html");
        QTest::newRow("a script") << QByteArray("POST")
                                  << QByteArray("{\"name\":\"x\",\"template\":\"custom\",\"html\":\"<script "
                                                "src=/overlay.js></script>\"}")
                                  << QStringLiteral("html");
        QTest::newRow("65 placeholders") << QByteArray("POST")
                                         << QByteArray("{\"name\":\"x\",\"template\":\"custom\",\"html\":\""
                                                + QByteArray("{{title}}").repeated(65) + "\"}")
                                         << QStringLiteral("html");
        QTest::newRow("font name with CSS in it")
            << QByteArray("PATCH") << QByteArray("{\"options\":{\"font_family\":\"x;}body{display:none\"}}")
            << QStringLiteral("options.font_family");
        QTest::newRow("unknown field") << QByteArray("PATCH") << QByteArray("{\"colour\":\"#ffffff\"}")
                                       << QStringLiteral("colour");
        QTest::newRow("a valid change next to a bad one")
            << QByteArray("PATCH") << QByteArray("{\"name\":\"Renamed\",\"options\":{\"font_size\":2}}")
            << QStringLiteral("options.font_size");
    }

    void badInput_namesTheField_andStoresNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ServerFixture fixture;
        const Api api(fixture);
        const QJsonArray before = api.list();
        const QByteArray path = method == "POST" ? QByteArray("/overlays/") : QByteArray("/overlays/now-playing");
        const RawResponse response = httpRequest(fixture.port(), method, path,
            {{"Authorization", fixture.bearer()}, {"Content-Type", "application/json"}}, body);
        QCOMPARE(response.status, 400);
        QVERIFY2(response.errorMessage().startsWith(field + QLatin1Char(':')), qPrintable(response.errorMessage()));
        QCOMPARE(api.list(), before);
    }

    void malformedJson_isRefused()
    {
        ServerFixture fixture;
        const RawResponse response = httpRequest(fixture.port(), "POST", "/overlays/",
            {{"Authorization", fixture.bearer()}, {"Content-Type", "application/json"}}, "{\"name\":");
        QCOMPARE(response.status, 400);
        QCOMPARE(Api(fixture).list().size(), 1);
    }

    void privateRoutes_needTheKey()
    {
        ServerFixture fixture;
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlays/").status, 401);
        QCOMPARE(httpRequest(fixture.port(), "DELETE", "/overlays/now-playing").status, 401);
        QCOMPARE(Api(fixture).list().size(), 1);
    }

    void aDuplicate_isACopyUnderANewAddress()
    {
        ServerFixture fixture;
        const Api api(fixture);
        const RawResponse copy = api.send("POST", "/overlays/now-playing/duplicate");
        QCOMPARE(copy.status, 201);
        QCOMPARE(copy.json()[QStringLiteral("name")].toString(), QStringLiteral("Now playing (copy)"));
        QVERIFY(copy.json()[QStringLiteral("id")].toString() != QStringLiteral("now-playing"));
        QCOMPARE(copy.json()[QStringLiteral("options")],
            api.send("GET", "/overlays/now-playing").json()[QStringLiteral("options")]);
        QCOMPARE(api.send("POST", "/overlays/nothing-here/duplicate").status, 404);
    }

    void aDuplicateAsCustom_startsFromTheTemplatesSource()
    {
        ServerFixture fixture;
        const RawResponse copy = Api(fixture).send("POST", "/overlays/now-playing/duplicate",
            QJsonObject{{QStringLiteral("template"), QStringLiteral("custom")}});
        QCOMPARE(copy.status, 201);
        QCOMPARE(copy.json()[QStringLiteral("template")].toString(), QStringLiteral("custom"));
        QCOMPARE(
            copy.json()[QStringLiteral("html")].toString(), OverlayTemplates::builtInHtml(QStringLiteral("default")));
        QCOMPARE(
            copy.json()[QStringLiteral("css")].toString(), OverlayTemplates::builtInCss(QStringLiteral("default")));
        QVERIFY(copy.json()[QStringLiteral("html")].toString().contains(QStringLiteral("data-mh=\"title\"")));
    }

    void anUnknownOverlay_is404_everywhere()
    {
        ServerFixture fixture;
        const Api api(fixture);
        QCOMPARE(api.send("GET", "/overlays/unknown").status, 404);
        QCOMPARE(
            api.send("PATCH", "/overlays/unknown", QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}).status,
            404);
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlay/unknown").status, 404);
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlay/unknown?format=json").status, 404);
    }

    void theApiKey_isNeverInAPageOrItsJson()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Song")));
        const Api api(fixture);
        for (const QString &name : OverlayTemplates::names()) {
            const QString id = api.send("POST", "/overlays/",
                                      QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("template"), name}})
                                   .json()[QStringLiteral("id")]
                                   .toString();
            const QByteArray path = "/overlay/" + id.toLatin1();
            for (const QByteArray &suffix : {QByteArray(), QByteArray("?format=json")}) {
                const RawResponse response = httpRequest(fixture.port(), "GET", path + suffix);
                QCOMPARE(response.status, 200);
                QVERIFY(!response.body.contains(ServerFixture::apiKeyValue()));
                QVERIFY(!response.body.contains("Bearer"));
            }
        }
        const RawResponse script = httpRequest(fixture.port(), "GET", "/overlay.js");
        QCOMPARE(script.status, 200);
        QVERIFY(script.header("content-type").startsWith("text/javascript"));
        QVERIFY(!script.body.contains(ServerFixture::apiKeyValue()));
    }

    void thePublicJson_saysWhatOBSNeeds_andNoSource()
    {
        ServerFixture fixture;
        const QJsonObject json = httpRequest(fixture.port(), "GET", "/overlay/now-playing?format=json").json();
        QCOMPARE(json[QStringLiteral("id")].toString(), QStringLiteral("now-playing"));
        QCOMPARE(json[QStringLiteral("options")][QStringLiteral("width")].toInt(), 640);
        QCOMPARE(json[QStringLiteral("options")][QStringLiteral("height")].toInt(), 200);
        QVERIFY(!json.contains(QStringLiteral("html")));
        QVERIFY(!json.contains(QStringLiteral("css")));
    }

    void thePage_mayLoadOnlyFromThisServer()
    {
        ServerFixture fixture;
        const RawResponse page = httpRequest(fixture.port(), "GET", "/overlay/now-playing");
        const QByteArray policy = page.header("content-security-policy");
        QVERIFY(policy.contains("default-src 'none'"));
        QVERIFY(policy.contains("script-src 'self';"));
        QVERIFY(policy.contains(QByteArray("connect-src 'self' ws://127.0.0.1:" + QByteArray::number(fixture.port()))));
        QVERIFY(!policy.contains("unsafe-eval"));
        QVERIFY(!policy.contains("script-src 'self' 'unsafe-inline'"));
        // No other page may frame it: any web site could otherwise render it in the user's browser.
        QVERIFY(policy.contains("frame-ancestors 'none'"));
        QVERIFY(page.body.contains("<script src=\"/overlay.js\""));
    }

    // A custom overlay puts the same hostile title in every context a template can have.
    void hostileMetadata_staysText_inEveryContext()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QString::fromUtf8(hostileTitle)));
        const QString html = QStringLiteral(
            "<h1 data-mh=\"title\">{{title}}</h1><img alt=\"{{title}}\" src=\"{{cover_url}}\">"
            "<a href=\"{{title}}\">x</a><a href=\"/search?q={{title}}\">y</a><div title={{title}}></div>"
            "<p style=\"color: {{color}}; content: '{{title}}'\"></p><!-- {{title}} -->"
            "<style>.x::after{content:\"{{title}}\"}</style><i>{{artists}}</i>");
        const QString css = QStringLiteral(".y::before{content:\"{{title}}\"} .z{background:{{color}}}");
        const RawResponse created = Api(fixture).send("POST", "/overlays/",
            QJsonObject{{QStringLiteral("name"), QString::fromUtf8(hostileTitle)},
                {QStringLiteral("template"), QStringLiteral("custom")}, {QStringLiteral("html"), html},
                {QStringLiteral("css"), css}});
        QCOMPARE(created.status, 201);
        const QByteArray page = httpRequest(
            fixture.port(), "GET", "/overlay/" + created.json()[QStringLiteral("id")].toString().toLatin1())
                                    .body;

        QVERIFY2(!page.contains("<img src=x"), page.constData());
        QVERIFY(!page.contains("<b>bold</b>"));
        QCOMPARE(page.count("</style>"), 3); // the base sheet, the overlay's, the one in its HTML
        QCOMPARE(page.count("</script>"), 1); // the runtime's
        QVERIFY(page.contains(
            "<h1 data-mh=\"title\">&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&#96;&amp;{}&lt;/style&gt;"));
        QVERIFY(page.contains("<a href=\"about:invalid\">"));
        QVERIFY(page.contains("<a href=\"/search?q=%3Cimg%20src%3Dx"));
        QVERIFY(page.contains("<div title=&#x3c;img&#x20;src&#x3d;x"));
        QVERIFY(page.contains("<title>&lt;img src=x onerror=alert(1)&gt;"));
        QVERIFY(page.contains("content:\"\\3c img src\\3d x onerror\\3d alert\\28 1\\29 \\3e "));
        QVERIFY(page.contains("<i>Artist &lt;b&gt;bold&lt;/b&gt;</i>"));
    }

    // Stored before the rules of custom HTML: still filled safely, at a bounded cost.
    void anOverlayStoredBeforeTheRules_isFilledSafely()
    {
        ServerFixture fixture;
        QString title = u"meta http-equiv=refresh content=0;url=https://evil.example/ "_s;
        title += QString(1000 - title.size(), u'x');
        fixture.nowPlaying.setState(playing(title));
        const auto created = OverlayJson::create({{u"name"_s, u"old"_s}, {u"template"_s, u"custom"_s}});
        QVERIFY2(created, qPrintable(created.errorMessage()));
        Overlay old = created.value();
        old.id = u"old"_s;
        old.html = u"<{{title}}><p>{{title}}</p>"_s + u"<i>{{title}}</i>"_s.repeated(28'000);
        const Overlay stored = OverlaysTable(*fixture.database).write(old).value();
        const RawResponse page = httpRequest(fixture.port(), "GET", "/overlay/" + stored.id.toLatin1());
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("<meta http-equiv=refresh"));
        QVERIFY(page.body.contains("<p>meta http-equiv=refresh"));
        // At most 64 values of 1,000 characters, beside the template's own markup.
        QVERIFY2(page.body.size() < 400 * 1024, QByteArray::number(page.body.size()).constData());
    }

    void thePage_isFilledWithWhatPlays()
    {
        ServerFixture fixture;
        fixture.nowPlaying.setState(playing(QStringLiteral("Song")));
        const QByteArray page = httpRequest(fixture.port(), "GET", "/overlay/now-playing").body;
        QVERIFY(page.contains("<span data-mh=\"title\">Song</span>"));
        QVERIFY(page.contains("<span data-mh=\"album\">Album &amp; co</span>"));
        QVERIFY(page.contains("<span data-mh=\"duration\">3:20</span>"));
        QVERIFY(page.contains(
            "class=\"mh-template-default mh-service-none mh-attribution-inline mh-playing mh-no-cover\""));
    }
};

QTEST_GUILESS_MAIN(TestOverlays)
#include "tst_overlays.moc"

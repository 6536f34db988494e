// One click into OBS: a browser source made (or brought up to date) in the chosen scene through
// obs-websocket 5, against FakeObs, which follows the published protocol. Wrong or missing
// passwords, OBS not running, unknown scenes and clashing sources each get a sentence that says
// what to do, and change nothing in OBS.

#include "support/fakeobs.h"
#include "support/rawhttp.h"
#include "support/serverfixture.h"
#include "support/waitfortask.h"

#include "obs/obslink.h"
#include "obs/obswebsocket.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString source = QStringLiteral("MelodyHue: Now playing");

RawResponse post(const ServerFixture &fixture, const QByteArray &path, const QJsonObject &body)
{
    return httpRequest(fixture.port(), "POST", path,
        {{"Authorization", fixture.bearer()}, {"Content-Type", "application/json"}}, QJsonDocument(body).toJson());
}

RawResponse configure(const ServerFixture &fixture, const QJsonObject &obs)
{
    return post(fixture, "/api/config", {{QStringLiteral("obs"), obs}});
}

RawResponse addToObs(const ServerFixture &fixture, const QString &scene, const QByteArray &overlay = "now-playing")
{
    return post(fixture, "/overlays/" + overlay + "/obs", {{QStringLiteral("scene"), scene}});
}

} // namespace

class TestObs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authentication_followsTheProtocolsExample()
    {
        // The example of obs-websocket's protocol.md ("Creating an authentication string").
        QCOMPARE(ObsWebSocket::authentication(QStringLiteral("supersecretpassword"),
                     QStringLiteral("lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI="),
                     QStringLiteral("+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=")),
            QStringLiteral("1Ct943GAT+6YQUUX47Ia/ncufilbe6+oD6lY+5kaCu4="));
    }

    void anOverlay_becomesABrowserSourceInTheScene()
    {
        FakeObs obs(QStringLiteral("s3cret-pass"));
        ServerFixture fixture;
        QCOMPARE(configure(fixture,
                     {{QStringLiteral("url"), obs.url().toString()},
                         {QStringLiteral("password"), QStringLiteral("s3cret-pass")}})
                     .status,
            200);

        const RawResponse added = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json()[QStringLiteral("created")].toBool(), true);
        QCOMPARE(added.json()[QStringLiteral("source")].toString(), source);
        QVERIFY(obs.inputs.contains(source));
        const FakeObs::Input input = obs.inputs.value(source);
        QCOMPARE(input.kind, QStringLiteral("browser_source"));
        QCOMPARE(input.settings[QStringLiteral("url")].toString(),
            QStringLiteral("http://127.0.0.1:%1/overlay/now-playing").arg(fixture.port()));
        QCOMPARE(input.settings[QStringLiteral("width")].toInt(), 640);
        QCOMPARE(input.settings[QStringLiteral("height")].toInt(), 200);
        // Page permissions: "No access to OBS".
        QCOMPARE(input.settings[QStringLiteral("webpage_control_level")].toInt(), 0);
        QCOMPARE(obs.sceneItems.value(QStringLiteral("Gameplay")), QStringList{source});
        // The page OBS will load answers.
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlay/now-playing").status, 200);
    }

    void addingAgain_updatesTheSameSource()
    {
        FakeObs obs;
        ServerFixture fixture;
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), obs.url().toString()}}).status, 200);
        QCOMPARE(addToObs(fixture, QStringLiteral("Gameplay")).status, 200);
        QVERIFY(fixture.overlays->update(
            QStringLiteral("now-playing"), {{QStringLiteral("options"), QJsonObject{{QStringLiteral("width"), 800}}}}));

        const RawResponse again = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()[QStringLiteral("created")].toBool(), false);
        QCOMPARE(obs.inputs.size(), 1);
        QCOMPARE(obs.inputs.value(source).settings[QStringLiteral("width")].toInt(), 800);
        QCOMPARE(obs.sceneItems.value(QStringLiteral("Gameplay")), QStringList{source});

        // Another scene shows the same source.
        QCOMPARE(addToObs(fixture, QStringLiteral("Just chatting")).status, 200);
        QCOMPARE(obs.inputs.size(), 1);
        QCOMPARE(obs.sceneItems.value(QStringLiteral("Just chatting")), QStringList{source});
    }

    void aWrongPassword_isSaid_andNothingIsMade()
    {
        FakeObs obs(QStringLiteral("right"));
        ServerFixture fixture;
        QCOMPARE(
            configure(fixture,
                {{QStringLiteral("url"), obs.url().toString()}, {QStringLiteral("password"), QStringLiteral("wrong")}})
                .status,
            200);
        const RawResponse refused = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("refused the password")),
            qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Show Connect Info")));
        QVERIFY(obs.inputs.isEmpty());
        QCOMPARE(obs.identified, 0);
    }

    void noPassword_whenObsAsksForOne_isSaid()
    {
        FakeObs obs(QStringLiteral("right"));
        ServerFixture fixture;
        QCOMPARE(
            configure(fixture, {{QStringLiteral("url"), obs.url().toString()}, {QStringLiteral("password"), QString()}})
                .status,
            200);
        const RawResponse refused = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(refused.status, 409);
        QVERIFY2(
            refused.errorMessage().contains(QStringLiteral("asks for a password")), qPrintable(refused.errorMessage()));
        QVERIFY(obs.inputs.isEmpty());
    }

    void obsNotRunning_isSaid()
    {
        FakeObs obs;
        const QString url = obs.url().toString();
        obs.stop();
        ServerFixture fixture;
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), url}}).status, 200);
        const RawResponse refused = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(refused.status, 503);
        QVERIFY2(
            refused.errorMessage().contains(QStringLiteral("does not answer")), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Enable WebSocket server")));
    }

    void somethingElseAtTheAddress_isSaid()
    {
        // MelodyHue's own /ws is a WebSocket that speaks, but never says obs-websocket's Hello.
        ServerFixture fixture;
        QCOMPARE(
            configure(fixture, {{QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture.port())}})
                .status,
            200);
        const auto scenes = waitForTask(fixture.obs->scenes());
        QVERIFY(!scenes);
        QCOMPARE(scenes.error().kind, ErrorKind::ServerFailure);
        QVERIFY2(
            scenes.errorMessage().contains(QStringLiteral("not obs-websocket 5")), qPrintable(scenes.errorMessage()));
    }

    void anUnknownScene_isSaid_withTheScenes()
    {
        FakeObs obs;
        ServerFixture fixture;
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), obs.url().toString()}}).status, 200);
        const RawResponse refused = addToObs(fixture, QStringLiteral("Nope"));
        QCOMPARE(refused.status, 404);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Just chatting")));
        QVERIFY(obs.inputs.isEmpty());
    }

    void anObsWithoutBrowserSource_isSaid_withWhatToDo()
    {
        // Debian's and Ubuntu's own OBS packages (29.0.2) come without the Browser source.
        FakeObs obs;
        obs.inputKinds.removeAll(QStringLiteral("browser_source"));
        ServerFixture fixture;
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), obs.url().toString()}}).status, 200);
        const RawResponse refused = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("no Browser source")), refused.body.constData());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Flathub")));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Settings → Outputs")));
        QVERIFY(obs.requests.contains(QStringLiteral("GetInputKindList")));
        QVERIFY(!obs.requests.contains(QStringLiteral("CreateInput")));
        QVERIFY(obs.inputs.isEmpty());

        // An obs-websocket that cannot list the kinds: OBS's refusal of CreateInput says the same.
        obs.answersInputKindList = false;
        obs.requests.clear();
        const RawResponse refusedLater = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(refusedLater.status, 409);
        QVERIFY(refusedLater.errorMessage().contains(QStringLiteral("Flathub")));
        QVERIFY(obs.requests.contains(QStringLiteral("CreateInput")));
        QVERIFY(obs.inputs.isEmpty());
    }

    void aSourceOfAnotherKindWithTheName_isLeftAlone()
    {
        FakeObs obs;
        obs.inputs.insert(
            source, {QStringLiteral("text_ft2_source_v2"), {{QStringLiteral("text"), QStringLiteral("mine")}}});
        ServerFixture fixture;
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), obs.url().toString()}}).status, 200);
        const RawResponse refused = addToObs(fixture, QStringLiteral("Gameplay"));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("not a Browser source")));
        QCOMPARE(obs.inputs.value(source).settings[QStringLiteral("text")].toString(), QStringLiteral("mine"));
        QVERIFY(!obs.requests.contains(QStringLiteral("SetInputSettings")));
    }

    void badRequests_areRefused()
    {
        FakeObs obs;
        ServerFixture fixture;
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), obs.url().toString()}}).status, 200);
        QCOMPARE(post(fixture, "/overlays/now-playing/obs", {}).status, 400);
        QCOMPARE(post(fixture, "/overlays/now-playing/obs", {{QStringLiteral("scene"), 3}}).status, 400);
        QCOMPARE(addToObs(fixture, QStringLiteral("Gameplay"), "unknown").status, 404);
        QCOMPARE(httpRequest(fixture.port(), "POST", "/overlays/now-playing/obs",
                     {{"Content-Type", "application/json"}}, "{\"scene\":\"Gameplay\"}")
                     .status,
            401);
        QVERIFY(obs.requests.isEmpty());
    }

    void obsSettings_areChecked_andThePasswordStaysInTheKeychain()
    {
        ServerFixture fixture;
        const QString before = fixture.settings->obsWebSocketUrl();
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:4455")}}).status, 400);
        QCOMPARE(configure(fixture, {{QStringLiteral("host"), QStringLiteral("x")}}).status, 400);
        QCOMPARE(configure(fixture, {{QStringLiteral("password"), 42}}).status, 400);
        QCOMPARE(configure(fixture, {{QStringLiteral("password"), QString(257, u'p')}}).status, 400);
        QCOMPARE(fixture.settings->obsWebSocketUrl(), before);

        QCOMPARE(configure(fixture,
                     {{QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:4460")},
                         {QStringLiteral("password"), QStringLiteral("keychain-only-7d1")}})
                     .status,
            200);
        QCOMPARE(fixture.obs->address(), QUrl(QStringLiteral("ws://127.0.0.1:4460")));
        const auto stored = waitForTask(fixture.secrets().read(QStringLiteral("obs-websocket-password")));
        QVERIFY(stored);
        QCOMPARE(stored->value_or(QString()), QStringLiteral("keychain-only-7d1"));
        QFile database(fixture.filePath(QStringLiteral("melodyhue.sqlite")));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains("keychain-only-7d1"));
        QVERIFY(!QJsonDocument(fixture.settings->publicJson()).toJson().contains("keychain-only-7d1"));
    }

    void theEnvironment_namesWhereObsListens()
    {
        FakeObs obs;
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        ServerFixture fixture;
        QCOMPARE(addToObs(fixture, QStringLiteral("Gameplay")).status, 200);
        qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL");
        QVERIFY(obs.inputs.contains(source));
    }

    void theScenes_areListedTopFirst()
    {
        FakeObs obs;
        ServerFixture fixture;
        QCOMPARE(configure(fixture, {{QStringLiteral("url"), obs.url().toString()}}).status, 200);
        const auto scenes = waitForTask(fixture.obs->scenes());
        QVERIFY2(scenes, qPrintable(scenes.errorMessage()));
        QCOMPARE(scenes->names, obs.scenes);
        QCOMPARE(scenes->current, QStringLiteral("Gameplay"));
        QCOMPARE(scenes->webSocketVersion, QStringLiteral("5.5.2"));
    }
};

QTEST_GUILESS_MAIN(TestObs)
#include "tst_obs.moc"

// Against the real OBS of the distribution (Debian 12's obs-studio 29.0.2, Debian 13's 30), run
// under the test's X server with obs-websocket turned on in its global.ini: connecting, a wrong
// then a right password, the scene list, and Add to OBS where OBS has no Browser source (Debian's
// and Ubuntu's own packages have none), from the API and from the setup guide.

#include "support/appfixture.h"
#include "support/waitfortask.h"

#include "gui/guide/overlaystep.h"
#include "gui/guide/setupguide.h"
#include "gui/mainwindow.h"
#include "gui/widgets/statusline.h"
#include "obs/obslink.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString password = QStringLiteral("melodyhue-real-obs");

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : 0;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(250);
}

// Whether this OBS has its Browser source plugin: known from its files, not from what MelodyHue
// asks it.
bool hasBrowserPlugin()
{
    const QDir lib(QStringLiteral("/usr/lib"));
    for (const QString &dir : lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFile::exists(lib.filePath(dir + QStringLiteral("/obs-plugins/obs-browser.so"))))
            return true;
    }
    return QFile::exists(QStringLiteral("/usr/lib/obs-plugins/obs-browser.so"));
}

} // namespace

class TestRealObs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_obs;
    quint16 m_port = 0;

    QString address() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MELODYHUE_API_KEY", "real-obs-test-key-0123456789abcdef");
        const QString obs = QStandardPaths::findExecutable(QStringLiteral("obs"));
        if (obs.isEmpty())
            QFAIL("OBS is not installed: scripts/test installs Debian's obs-studio package.");
        m_port = freePort();
        QVERIFY(m_port);
        // OBS's own settings, as the user sets them in Tools → WebSocket Server Settings.
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".config/obs-studio")));
        QFile ini(m_home.filePath(QStringLiteral(".config/obs-studio/global.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[General]\nEnableAutoUpdates=false\n\n"
                                 "[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\nServerPort=%1\n"
                                 "AlertsEnabled=false\nAuthRequired=true\nServerPassword=%2\n")
                      .arg(m_port)
                      .arg(password)
                      .toUtf8());
        ini.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
        m_obs.setProcessEnvironment(environment);
        m_obs.setWorkingDirectory(m_home.path());
        m_obs.setProcessChannelMode(QProcess::MergedChannels);
        m_obs.setStandardOutputFile(m_home.filePath(QStringLiteral("obs.log")));
        m_obs.start(obs, {QStringLiteral("--disable-shutdown-check"), QStringLiteral("--minimize-to-tray")});
        QVERIFY2(m_obs.waitForStarted(10000), qPrintable(m_obs.errorString()));
        // OBS starts its WebSocket server once its scenes are loaded.
        QTRY_VERIFY_WITH_TIMEOUT(accepts(m_port) || m_obs.state() == QProcess::NotRunning, 90000);
        QVERIFY2(m_obs.state() == QProcess::Running, "OBS quit while starting: see obs.log");
    }

    void cleanupTestCase()
    {
        if (m_obs.state() == QProcess::NotRunning)
            return;
        m_obs.terminate();
        if (!m_obs.waitForFinished(20000))
            m_obs.kill();
        m_obs.waitForFinished(5000);
    }

    void aWrongPassword_thenTheRightOne_givesTheScenes()
    {
        AppFixture fixture;
        ObsLink &obs = fixture.app().obs();
        QVERIFY(waitForTask(obs.configure(address(), QStringLiteral("not-the-password"))));
        const Result<ObsLink::Scenes> refused = waitForTask(obs.scenes());
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("password")), qPrintable(refused.errorMessage()));

        QVERIFY(waitForTask(obs.configure(address(), password)));
        const Result<ObsLink::Scenes> scenes = waitForTask(obs.scenes());
        QVERIFY2(scenes, qPrintable(scenes.errorMessage()));
        // A new OBS has one scene, named "Scene", on screen.
        QCOMPARE(scenes->names, QStringList{QStringLiteral("Scene")});
        QCOMPARE(scenes->current, QStringLiteral("Scene"));
        QVERIFY2(scenes->webSocketVersion.startsWith(QStringLiteral("5.")), qPrintable(scenes->webSocketVersion));
        QCOMPARE(scenes->hasBrowserSource, hasBrowserPlugin());
    }

    void addToObs_withoutBrowserSource_saysWhatToDo()
    {
        if (hasBrowserPlugin())
            QSKIP("This OBS has its Browser source: nothing to say.");
        AppFixture fixture;
        ObsLink &obs = fixture.app().obs();
        QVERIFY(waitForTask(obs.configure(address(), password)));
        const Result<ObsLink::Placement> placed = waitForTask(
            obs.addBrowserSource(QStringLiteral("Scene"), ObsLink::sourceName(QStringLiteral("Now playing")),
                QUrl(QStringLiteral("http://127.0.0.1:%1/overlay/now-playing").arg(fixture.port())), QSize(640, 200)));
        QVERIFY(!placed);
        QCOMPARE(placed.errorMessage(), ObsLink::noBrowserSourceMessage());

        // The guide says the same, where the user clicked.
        SetupGuide *guide = fixture.app().window()->setupGuide();
        guide->showStep(SetupGuide::Step::Overlay);
        QTest::mouseClick(guide->overlayStep()->addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(guide->overlayStep()->status()->text(), ObsLink::noBrowserSourceMessage(), 15000);
        QVERIFY(guide->overlayStep()->status()->isError());
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("guide-real-obs-no-browser-source"));
    }
};

QTEST_MAIN(TestRealObs)
#include "tst_realobs.moc"

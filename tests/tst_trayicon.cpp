// The tray icon in a real system tray (trayer under Xvfb, see scripts/test).

#include "support/appfixture.h"

#include "gui/mainwindow.h"
#include "gui/tray/trayicon.h"
#include "server/localserver.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("MELODYHUE_API_KEY", "tray-test-key-0123456789abcdef"); }

    void systemTray_isThere() { QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000); }

    void trayIcon_showsWithItsMenuAndWhereItServes()
    {
        AppFixture fixture;
        QVERIFY(fixture.started());
        TrayIcon *tray = fixture.app().tray();
        QVERIFY(tray);
        QVERIFY(tray->isVisible());
        QStringList entries;
        for (QAction *action : tray->menu()->actions()) {
            if (!action->isSeparator())
                entries.append(action->text());
        }
        QCOMPARE(entries,
            QStringList(
                {QStringLiteral("Open MelodyHue"), QStringLiteral("Copy overlay URL"), QStringLiteral("Quit")}));
        QVERIFY(tray->toolTip().contains(fixture.app().server().baseUrl().toString()));
    }

    void openEntry_bringsBackTheHiddenWindow()
    {
        AppFixture fixture(true);
        MainWindow *window = fixture.app().window();
        QVERIFY(!window->isVisible());
        tray(fixture)->menu()->actions().constFirst()->trigger();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }

    void quitEntry_asksToQuit()
    {
        AppFixture fixture;
        QSignalSpy quit(fixture.app().tray(), &TrayIcon::quitRequested);
        fixture.app().tray()->menu()->actions().constLast()->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void copyOverlayUrl_waitsForAnOverlay()
    {
        AppFixture fixture;
        QAction *copy = fixture.app().tray()->menu()->actions().at(1);
        QVERIFY(!copy->isEnabled());
        fixture.app().tray()->setOverlayUrl(QUrl(QStringLiteral("http://127.0.0.1:8765/overlay/default")));
        QVERIFY(copy->isEnabled());
    }

private:
    static TrayIcon *tray(const AppFixture &fixture) { return fixture.app().tray(); }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"

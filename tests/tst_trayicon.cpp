// The tray icon in a real system tray (trayer under Xvfb, see scripts/test).

#include "support/appfixture.h"
#include "support/rawhttp.h"
#include "support/spotifyconnection.h"

#include "gui/mainwindow.h"
#include "gui/tray/synctray.h"
#include "gui/tray/trayicon.h"
#include "overlays/overlaystore.h"
#include "server/localserver.h"
#include "settings/settings.h"
#include "storage/accountstable.h"
#include "storage/database.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTcpSocket>
#include <QTemporaryDir>
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
            QStringList({QStringLiteral("Nothing is playing"), QStringLiteral("Open MelodyHue"),
                QStringLiteral("Copy overlay URL"), QStringLiteral("Sync liked tracks now"),
                QStringLiteral("Pause sync"), QStringLiteral("Quit")}));
        QVERIFY(tray->toolTip().contains(fixture.app().server().baseUrl().toString()));
    }

    // With the window closed, the tray says what keeps a service from answering and warns once,
    // two weeks ahead, that an authorization must be renewed.
    void theTray_saysWhatKeepsAServiceFromAnswering()
    {
        QTemporaryDir folder;
        {
            auto database = Database::open(folder.filePath(QStringLiteral("melodyhue.sqlite")));
            QVERIFY(database);
            AccountRecord record;
            record.service = QStringLiteral("spotify");
            record.clientId = QStringLiteral("0123456789abcdef0123456789abcdef");
            record.connection = AccountRecord::Connection::Connected;
            record.accountName = QStringLiteral("JM Wizzler");
            record.authorizedAt = QDateTime::currentDateTimeUtc().addDays(-175);
            QVERIFY(AccountsTable(**database).write(record).ok());
        }
        {
            AppFixture fixture(true, folder.path());
            QVERIFY(fixture.started());
            TrayIcon *tray = fixture.app().tray();
            QTRY_VERIFY2(
                tray->toolTip().contains(QStringLiteral("Reconnect Spotify before")), qPrintable(tray->toolTip()));
            // Warned once: the settings remember which authorization.
            QTRY_VERIFY(fixture.app()
                            .settings()
                            .value(SettingKey::RenewalsWarned)
                            .toString()
                            .startsWith(QStringLiteral("spotify:")));
            QVERIFY(fixture.app().settings().set(SettingKey::SpotifyDailyBudget, 0).ok());
            QTRY_VERIFY2(tray->toolTip().contains(QStringLiteral("set to 0")), qPrintable(tray->toolTip()));
        }
    }

    void openEntry_bringsBackTheHiddenWindow()
    {
        AppFixture fixture(true);
        MainWindow *window = fixture.app().window();
        QVERIFY(!window->isVisible());
        tray(fixture)->menu()->actions().constFirst()->trigger();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }

    void quitEntry_quitsFromEveryWindowState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("window shown") << QStringLiteral("shown");
        QTest::newRow("window hidden in the tray") << QStringLiteral("hidden");
        QTest::newRow("window minimized") << QStringLiteral("minimized");
    }

    void quitEntry_quitsFromEveryWindowState()
    {
        QFETCH(QString, state);
        AppFixture fixture(state == QStringLiteral("hidden"));
        QVERIFY(fixture.started());
        QPointer<MainWindow> window = fixture.app().window();
        if (state == QStringLiteral("minimized")) {
            window->showMinimized();
            QTRY_VERIFY(window->isMinimized());
        } else if (state == QStringLiteral("shown")) {
            QVERIFY(QTest::qWaitForWindowExposed(window));
        }
        const quint16 port = fixture.port();
        QPointer<TrayIcon> trayIcon = fixture.app().tray();
        QSignalSpy finished(&fixture.app(), &Application::finished);

        trayIcon->menu()->actions().constLast()->trigger();
        QVERIFY(finished.wait());
        QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
        // Nothing is left: no window, no tray icon, nobody serving.
        QVERIFY(!window);
        QVERIFY(!trayIcon);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(2000));
    }

    void copyOverlayUrl_copiesTheFirstOverlaysAddress()
    {
        AppFixture fixture;
        QAction *copy = fixture.app().tray()->menu()->actions().at(3);
        QCOMPARE(copy->text(), QStringLiteral("Copy overlay URL"));
        QTRY_VERIFY(copy->isEnabled());
        const QString url = QStringLiteral("http://127.0.0.1:%1/overlay/now-playing").arg(fixture.port());
        QVERIFY(copy->toolTip().contains(url));
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
        // It works: the page answers.
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlay/now-playing").status, 200);
    }

    void copyOverlayUrl_saysWhyWhenThereIsNone()
    {
        AppFixture fixture;
        QAction *copy = fixture.app().tray()->menu()->actions().at(3);
        QTRY_VERIFY(copy->isEnabled());
        QVERIFY(fixture.app().overlays().remove(QStringLiteral("now-playing")));
        QVERIFY(!copy->isEnabled());
        QVERIFY(copy->toolTip().contains(QStringLiteral("Overlays page")));
    }

private:
    void theTray_syncsLikedTracks_pausesTheSync_andSaysWhatASyncBrought()
    {
        SpotifyConnection live;
        live.spotify->library().fill(120);
        SyncEngine &engine = *live.app->sync;
        TrayIcon tray;
        SyncTray syncTray(engine, tray);
        QSignalSpy notified(&tray, &TrayIcon::notified);
        // Sync and Pause come before Quit; nothing to sync before a service is connected.
        const QList<QAction *> entries = tray.menu()->actions();
        QVERIFY(entries.indexOf(syncTray.syncNowAction()) > 0);
        QCOMPARE(entries.indexOf(syncTray.pauseAction()), entries.indexOf(syncTray.syncNowAction()) + 1);
        QCOMPARE(entries.constLast()->text(), QStringLiteral("Quit"));
        QCOMPARE(syncTray.syncNowAction()->text(), QStringLiteral("Sync liked tracks now"));
        QVERIFY(!syncTray.syncNowAction()->isEnabled());

        QVERIFY(live.connectAccount());
        QTRY_VERIFY(syncTray.syncNowAction()->isEnabled());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        syncTray.syncNowAction()->trigger();
        QVERIFY(finished.wait(30'000));
        QTRY_VERIFY2(tray.toolTip().contains(QStringLiteral("Up to date: synced at")), qPrintable(tray.toolTip()));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Liked tracks synced"));
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("New liked tracks in your library: 120."));

        // Nothing new: no notification.
        syncTray.syncNowAction()->trigger();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(notified.size(), 1);

        // A failure is told once, not at every sync that fails the same way.
        live.spotify->failNext(QStringLiteral("/v1/me/tracks"), 500, 0, 2);
        syncTray.syncNowAction()->trigger();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(notified.size(), 2);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("The sync of liked tracks failed"));
        QVERIFY2(tray.toolTip().contains(QStringLiteral("The last sync failed")), qPrintable(tray.toolTip()));

        syncTray.pauseAction()->trigger();
        QVERIFY(engine.isPaused());
        QCOMPARE(syncTray.pauseAction()->text(), QStringLiteral("Resume sync"));
        QVERIFY2(tray.toolTip().contains(QStringLiteral("The sync is paused")), qPrintable(tray.toolTip()));
        syncTray.pauseAction()->trigger();
        QVERIFY(!engine.isPaused());
        QCOMPARE(syncTray.pauseAction()->text(), QStringLiteral("Pause sync"));
    }

    static TrayIcon *tray(const AppFixture &fixture) { return fixture.app().tray(); }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"

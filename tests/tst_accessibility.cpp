// The setup guide and the Overlays page driven as assistive technology drives them: over
// AT-SPI, by tests/tools/atspi-drive.py (pyatspi), which finds widgets by their accessible
// names, reads them, types and presses, while the window runs in this process.

#include "support/appfixture.h"
#include "support/fakeobs.h"

#include "gui/guide/overlaystep.h"
#include "gui/guide/setupguide.h"
#include "gui/mainwindow.h"
#include "gui/overlays/addtoobsdialog.h"
#include "gui/pages/obssettings.h"
#include "gui/pages/overlayspage.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString output;
    };

    // One run of the driver; the window answers it meanwhile.
    static Run drive(const QStringList &arguments)
    {
        QProcess driver;
        driver.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ATSPI_APPLICATION"), QCoreApplication::applicationName());
        driver.setProcessEnvironment(environment);
        QSignalSpy finished(&driver, &QProcess::finished);
        driver.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral(ATSPI_DRIVER)} + arguments);
        if (!finished.wait(30000)) {
            driver.kill();
            driver.waitForFinished();
        }
        return {
            driver.exitStatus() == QProcess::NormalExit ? driver.exitCode() : -1, QString::fromUtf8(driver.readAll())};
    }

    // Whether the window shows that widget to assistive tools. A driver that fails (it waits too
    // long and says where, or crashes) is not asked again: the failure is the test's answer.
    static bool lists(const QString &role, const QString &name)
    {
        static QString failure;
        if (!failure.isEmpty()) {
            qWarning().noquote() << failure;
            return false;
        }
        const Run run = drive({QStringLiteral("list")});
        if (run.exitCode != 0 && run.exitCode != 2)
            failure = u"The AT-SPI driver failed (%1): %2"_s.arg(run.exitCode).arg(run.output);
        listing() = run.output;
        return run.output.split(u'\n').contains(role + u'\t' + name);
    }

    // A button by its name, whether it opens a menu or not (Qt 6.8 tells assistive tools that
    // it does; Qt 6.4 does not).
    static bool listsButton(const QString &name)
    {
        return lists(QStringLiteral("push button"), name)
            || listing().split(u'\n').contains(u"push button menu\t"_s + name);
    }

    // What the last `lists` saw, for a failure's message.
    static QString &listing()
    {
        static QString last;
        return last;
    }

    static bool press(const QString &name)
    {
        const Run run = drive({QStringLiteral("press"), name});
        if (run.exitCode != 0)
            qWarning().noquote() << run.output;
        return run.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MELODYHUE_API_KEY", "a11y-test-key-0123456789abcdef");
        // The accessibility bus, as a desktop session starts it; Qt joins it when it appears
        // (QT_LINUX_ACCESSIBILITY_ALWAYS_ON is set for this test).
        QDBusInterface bus(QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QDBusConnection::sessionBus());
        const QDBusReply<QString> address = bus.call(QStringLiteral("GetAddress"));
        QVERIFY2(address.isValid(), qPrintable(address.error().message()));
    }

    void theGuide_isDrivenByItsAccessibleNames()
    {
        FakeObs obs(QStringLiteral("obs-pass"));
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); });
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        SetupGuide *guide = window->setupGuide();
        QTRY_VERIFY_WITH_TIMEOUT(lists(QStringLiteral("push button"), QStringLiteral("Skip this step")), 10000);
        QVERIFY(lists(QStringLiteral("text"), QStringLiteral("Spotify Client ID")));
        QVERIFY(lists(QStringLiteral("push button"), QStringLiteral("Connect")));
        QVERIFY(lists(QStringLiteral("push button"), QStringLiteral("Copy the redirect URI")));
        QVERIFY(lists(QStringLiteral("push button"), QStringLiteral("Finish later")));

        QVERIFY(press(QStringLiteral("Skip this step")));
        QTRY_COMPARE(guide->step(), SetupGuide::Step::Obs);
        const Run typed = drive({QStringLiteral("type"), QStringLiteral("OBS password"), QStringLiteral("obs-pass")});
        QVERIFY2(typed.exitCode == 0, qPrintable(typed.output));
        QCOMPARE(guide->obsStep()->passwordEdit()->text(), QStringLiteral("obs-pass"));
        QVERIFY(press(QStringLiteral("Try the connection")));
        QTRY_VERIFY2(guide->obsStep()->statusText().startsWith(QStringLiteral("Connected to OBS")),
            qPrintable(guide->obsStep()->statusText()));
        QVERIFY(press(QStringLiteral("Next")));
        QTRY_COMPARE(guide->step(), SetupGuide::Step::Overlay);

        QVERIFY(press(QStringLiteral("Compact card")));
        QTRY_COMPARE(guide->overlayStep()->chosenTemplate(), QStringLiteral("compact"));
        QVERIFY(press(QStringLiteral("Add to OBS")));
        QTRY_COMPARE(guide->step(), SetupGuide::Step::Done);
        QVERIFY(obs.inputs.contains(QStringLiteral("MelodyHue: Compact card")));
    }

    void theOverlaysPage_isDrivenByItsAccessibleNames()
    {
        FakeObs obs;
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); });
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Overlays);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(lists(QStringLiteral("push button"), QStringLiteral("Add Now playing to OBS")), 10000);
        // The name in full, whatever fits on screen.
        QVERIFY(lists(QStringLiteral("label"), QStringLiteral("Now playing")));
        for (const QString &button : {QStringLiteral("New overlay"), QStringLiteral("Copy the colour’s address"),
                 QStringLiteral("Copy the track’s address"), QStringLiteral("Copy the URL of Now playing"),
                 QStringLiteral("Edit Now playing"), QStringLiteral("More for Now playing")})
            QVERIFY2(listsButton(button), qPrintable(button + u"\n"_s + listing()));

        QVERIFY(press(QStringLiteral("Copy the URL of Now playing")));
        QTRY_VERIFY(window->overlaysPage()->statusText().startsWith(QStringLiteral("Copied ")));
        QVERIFY(press(QStringLiteral("Add Now playing to OBS")));
        QTRY_VERIFY(window->findChild<AddToObsDialog *>());
        AddToObsDialog *dialog = window->findChild<AddToObsDialog *>();
        QTRY_VERIFY(dialog->addButton()->isEnabled());
        QVERIFY(press(QStringLiteral("Add")));
        QTRY_VERIFY(obs.inputs.contains(QStringLiteral("MelodyHue: Now playing")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

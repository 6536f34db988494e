// With no keychain the window says so where the user looks, and the rest keeps working.
// Run with DBUS_SESSION_BUS_ADDRESS pointing nowhere (see tests/CMakeLists.txt).

#include "support/appfixture.h"
#include "support/rawhttp.h"

#include "auth/apikey.h"
#include "gui/mainwindow.h"
#include "gui/pages/connectpage.h"
#include "gui/pages/servicecard.h"
#include "gui/pages/settingspage.h"
#include "gui/widgets/messagebanner.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class TestGuiNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingKeychain_isExplainedInTheWindow()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")));
        qunsetenv("MELODYHUE_API_KEY");
        AppFixture fixture;
        QVERIFY(fixture.started());
        QSignalSpy ready(&fixture.app(), &Application::apiKeyReady);
        QVERIFY(ready.wait(30000));
        MainWindow *window = fixture.app().window();
        QVERIFY(window->banner()->isVisible());
        QVERIFY(window->banner()->text().contains(QStringLiteral("No system keychain is available")));
        QCOMPARE(window->connectPage()->card(QStringLiteral("spotify"))->stateText(),
            QStringLiteral("Secure storage unavailable"));
        QCOMPARE(fixture.app().apiKey().source(), ApiKey::Source::Session);
        auto *note = window->settingsPage()->findChild<QLabel *>(QStringLiteral("apiKeyNote"));
        QVERIFY(note->text().contains(QStringLiteral("until MelodyHue quits")));
        QCOMPARE(httpRequest(fixture.port(), "GET", "/color").status, 200);
        AppFixture::screenshot(window, QStringLiteral("no-keychain"));
    }
};

QTEST_MAIN(TestGuiNoKeychain)
#include "tst_guinokeychain.moc"

// The Connect page and Settings → Credentials as a user drives them, against the fake Spotify,
// with the system browser played by FakeBrowser.

#include "support/appfixture.h"
#include "support/fakebrowser.h"
#include "support/fakespotify.h"
#include "support/waitfortask.h"

#include "gui/mainwindow.h"
#include "gui/pages/connectpage.h"
#include "gui/pages/servicecard.h"
#include "gui/pages/settingspage.h"
#include "gui/widgets/connectioncheckpanel.h"
#include "gui/widgets/copyfield.h"
#include "gui/widgets/messagebanner.h"
#include "i18n/languageswitcher.h"
#include "nowplaying/nowplayingpipeline.h"
#include "nowplaying/nowplayingpoller.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "storage/accountstable.h"
#include "storage/database.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

class TestConnectPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSpotify> m_spotify;

    static ServiceCard *spotifyCard(const AppFixture &fixture)
    {
        return fixture.app().window()->connectPage()->card(QStringLiteral("spotify"));
    }
    static MessageBanner *banner(const AppFixture &fixture) { return fixture.app().window()->connectPage()->banner(); }

    void enterClientId(const AppFixture &fixture, const QString &clientId)
    {
        SettingsPage *settings = fixture.app().window()->settingsPage();
        fixture.app().window()->showPage(MainWindow::Page::Settings);
        auto *edit = settings->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, clientId);
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("saveCredentialsButton")), Qt::LeftButton);
    }

    void connectSpotify(const AppFixture &fixture, FakeBrowser &browser)
    {
        enterClientId(fixture, FakeSpotify::clientId());
        ServiceAccount *account = fixture.app().services().account(QStringLiteral("spotify"));
        QTRY_VERIFY(account->isConfigured());
        m_spotify->registerRedirectUri(fixture.app().services().redirectUri(QStringLiteral("spotify")));
        fixture.app().window()->showPage(MainWindow::Page::Connect);
        QTRY_COMPARE(spotifyCard(fixture)->actionButton()->text(), QStringLiteral("Connect"));
        QSignalSpy visited(&browser, &FakeBrowser::finished);
        QTest::mouseClick(spotifyCard(fixture)->actionButton(), Qt::LeftButton);
        QVERIFY(visited.wait(15000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MELODYHUE_API_KEY", "connect-test-key-0123456789abcdef");
        m_spotify = std::make_unique<FakeSpotify>();
        m_spotify->useForMelodyHue();
    }

    void init() { m_spotify->setConsent(FakeSpotify::Consent::Approve); }

    void withoutClientId_theCardLeadsToSettings()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        // A first start opens the setup guide; the Connect page is one click away.
        window->showPage(MainWindow::Page::Connect);
        QCOMPARE(spotifyCard(fixture)->actionButton()->text(), QStringLiteral("Go to Settings"));
        QCOMPARE(window->connectPage()->card(QStringLiteral("tidal"))->actionButton()->text(),
            QStringLiteral("Coming soon"));
        QVERIFY(!window->connectPage()->card(QStringLiteral("tidal"))->actionButton()->isEnabled());
        QTest::mouseClick(spotifyCard(fixture)->actionButton(), Qt::LeftButton);
        QCOMPARE(window->currentPage(), MainWindow::Page::Settings);
        // Settings shows the exact redirect URI to register, on the port in use.
        const QString redirect
            = window->settingsPage()->findChild<CopyField *>(QStringLiteral("redirectUriField"))->text();
        QCOMPARE(redirect, QStringLiteral("http://127.0.0.1:%1/callback/spotify").arg(fixture.port()));
        AppFixture::screenshot(window, QStringLiteral("settings-credentials"));
    }

    void goToSettings_landsOnTheClientIdField()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Connect);
        window->activate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // The card says why it leads to Settings.
        QVERIFY2(spotifyCard(fixture)->stateText().contains(QStringLiteral("Client ID")),
            qPrintable(spotifyCard(fixture)->stateText()));
        QTest::mouseClick(spotifyCard(fixture)->actionButton(), Qt::LeftButton);
        QCOMPARE(window->currentPage(), MainWindow::Page::Settings);
        auto *edit = window->settingsPage()->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QVERIFY(!edit->visibleRegion().isEmpty());
    }

    void savingAClientId_offersToConnectThere()
    {
        AppFixture fixture;
        FakeBrowser browser;
        browser.install();
        m_spotify->registerRedirectUri(fixture.app().services().redirectUri(QStringLiteral("spotify")));
        // As copied from somewhere that shows it in capitals: written as Spotify writes it.
        enterClientId(fixture, FakeSpotify::clientId().toUpper());
        SettingsPage *settings = fixture.app().window()->settingsPage();
        auto *connectNow = settings->findChild<QPushButton *>(QStringLiteral("connectNowButton"));
        QTRY_VERIFY(connectNow->isVisible());
        QCOMPARE(settings->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(), FakeSpotify::clientId());
        QSignalSpy visited(&browser, &FakeBrowser::finished);
        QTest::mouseClick(connectNow, Qt::LeftButton);
        QVERIFY(visited.wait(15000));
        QCOMPARE(fixture.app().window()->currentPage(), MainWindow::Page::Connect);
        QTRY_COMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Connected as JM Wizzler"));
    }

    void wrongClientId_isExplainedInSettings()
    {
        AppFixture fixture;
        enterClientId(fixture, QStringLiteral("not-a-client-id"));
        auto *error = fixture.app().window()->settingsPage()->findChild<QLabel *>(QStringLiteral("clientIdError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("32 characters")));
        QVERIFY(!fixture.app().services().account(QStringLiteral("spotify"))->isConfigured());
    }

    void clientIdThenOneClick_connects()
    {
        AppFixture fixture;
        FakeBrowser browser;
        browser.install();
        connectSpotify(fixture, browser);
        QTRY_COMPARE(banner(fixture)->text(), QStringLiteral("Spotify connected successfully!"));
        QCOMPARE(banner(fixture)->kind(), MessageBanner::Kind::Success);
        // Written in the success colours, not in the error ones.
        const QLabel *text = banner(fixture)->findChild<QLabel *>();
        QCOMPARE(text->palette().color(QPalette::WindowText), QColor(QStringLiteral("#0f3d20")));
        QCOMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Connected as JM Wizzler"));
        QCOMPARE(spotifyCard(fixture)->actionButton()->text(), QStringLiteral("Disconnect"));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("connect-connected"));
        {
            // Shown before the language changes, read in the new one.
            LanguageSwitcher language;
            language.apply(QStringLiteral("fr"));
            const auto backToEnglish = qScopeGuard([&language] { language.apply(QStringLiteral("en")); });
            QTRY_COMPARE(banner(fixture)->text(), QStringLiteral("Spotify connecté avec succès\u00a0!"));
        }
        QTRY_COMPARE(banner(fixture)->text(), QStringLiteral("Spotify connected successfully!"));

        // Disconnect asks first; Cancel (the default, Enter) keeps the account.
        QTest::mouseClick(spotifyCard(fixture)->actionButton(), Qt::LeftButton);
        auto *question = fixture.app().window()->findChild<QMessageBox *>(QStringLiteral("disconnectQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->text().contains(QStringLiteral("liked tracks already on your drives stay")));
        QTest::keyClick(question, Qt::Key_Return);
        QTRY_VERIFY(!fixture.app().window()->findChild<QMessageBox *>(QStringLiteral("disconnectQuestion")));
        QCOMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Connected as JM Wizzler"));

        QTest::mouseClick(spotifyCard(fixture)->actionButton(), Qt::LeftButton);
        question = fixture.app().window()->findChild<QMessageBox *>(QStringLiteral("disconnectQuestion"));
        QVERIFY(question);
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == QStringLiteral("Disconnect"))
                button->click();
        }
        QTRY_COMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Not connected"));
        QVERIFY(banner(fixture)->text().contains(QStringLiteral("disconnected")));
    }

    void checkConnection_onTheCard_saysEachThingInALine()
    {
        AppFixture fixture;
        FakeBrowser browser;
        browser.install();
        connectSpotify(fixture, browser);
        QTRY_COMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Connected as JM Wizzler"));
        auto *check = spotifyCard(fixture)->findChild<ConnectionCheckPanel *>();
        QVERIFY(check);
        QVERIFY(check->isVisibleTo(spotifyCard(fixture)));
        QSignalSpy finished(check, &ConnectionCheckPanel::finished);
        QTest::mouseClick(check->button(), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        const QStringList lines = check->lines();
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("Connected as JM Wizzler")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.join(u'\n').contains(QStringLiteral("knows your app")));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("connect-checked"));

        // The app's owner lost Premium: the card says so, in words that say what to do.
        m_spotify->setOwnerHasPremium(false);
        QTest::mouseClick(check->button(), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(check->lines().join(u'\n').contains(QStringLiteral("Premium")));
        QTRY_VERIFY(spotifyCard(fixture)->stateText().contains(QStringLiteral("Premium")));
        m_spotify->setOwnerHasPremium(true);
    }

    void declining_isShownInTheBanner()
    {
        AppFixture fixture;
        FakeBrowser browser;
        browser.install();
        m_spotify->setConsent(FakeSpotify::Consent::Deny);
        connectSpotify(fixture, browser);
        QTRY_VERIFY(banner(fixture)->text().contains(QStringLiteral("declined")));
        QCOMPARE(banner(fixture)->kind(), MessageBanner::Kind::Error);
        QCOMPARE(spotifyCard(fixture)->actionButton()->text(), QStringLiteral("Connect"));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("connect-declined"));
    }

    void waitingForTheBrowser_canBeCancelled()
    {
        AppFixture fixture;
        QObject nowhere; // a browser that never comes back
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &nowhere, "deleteLater");
        enterClientId(fixture, FakeSpotify::clientId());
        QTRY_VERIFY(fixture.app().services().account(QStringLiteral("spotify"))->isConfigured());
        m_spotify->registerRedirectUri(fixture.app().services().redirectUri(QStringLiteral("spotify")));
        fixture.app().window()->showPage(MainWindow::Page::Connect);
        QTest::mouseClick(spotifyCard(fixture)->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Waiting for your browser…"));
        QCOMPARE(spotifyCard(fixture)->actionButton()->text(), QStringLiteral("Cancel"));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("connect-waiting"));
        QTest::mouseClick(spotifyCard(fixture)->actionButton(), Qt::LeftButton);
        QCOMPARE(spotifyCard(fixture)->actionButton()->text(), QStringLiteral("Connect"));
        QVERIFY(!fixture.app().services().isAuthorizing(QStringLiteral("spotify")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void revokedAuthorization_asksToReconnect()
    {
        AppFixture fixture;
        FakeBrowser browser;
        browser.install();
        m_spotify->setAccessTokenLifetime(30);
        connectSpotify(fixture, browser);
        QTRY_COMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Connected as JM Wizzler"));
        // Now playing asks Spotify at once after connecting (refreshing the short-lived token):
        // the revocation comes after that first check.
        QTRY_VERIFY(!fixture.app().nowPlayingPipeline().poller(QStringLiteral("spotify"))->playbackAt().isNull());
        m_spotify->revokeRefreshTokens();
        ServiceAccount *account = fixture.app().services().account(QStringLiteral("spotify"));
        QVERIFY(!waitForTask(account->accessToken()));
        QTRY_COMPARE(spotifyCard(fixture)->stateText(), QStringLiteral("Reconnect needed"));
        QCOMPARE(spotifyCard(fixture)->actionButton()->text(), QStringLiteral("Reconnect"));
        QVERIFY(banner(fixture)->text().contains(QStringLiteral("needs to be connected again")));
        QCOMPARE(banner(fixture)->kind(), MessageBanner::Kind::Error);
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("connect-reconnect"));
        m_spotify->setAccessTokenLifetime(3600);
    }

    void authorizationNearItsEnd_isAnnouncedOnTheCard()
    {
        QTemporaryDir folder;
        {
            auto database = Database::open(folder.filePath(QStringLiteral("melodyhue.sqlite")));
            QVERIFY(database);
            AccountRecord record;
            record.service = QStringLiteral("spotify");
            record.clientId = FakeSpotify::clientId();
            record.connection = AccountRecord::Connection::Connected;
            record.accountId = QStringLiteral("wizzler");
            record.accountName = QStringLiteral("JM Wizzler");
            record.authorizedAt = QDateTime::currentDateTimeUtc().addDays(-170);
            QVERIFY(AccountsTable(**database).write(record).ok());
        }
        AppFixture fixture(false, folder.path());
        QVERIFY(fixture.started());
        ServiceCard *card = spotifyCard(fixture);
        const QString state = card->stateText();
        const QDate end = QDateTime::currentDateTimeUtc().addDays(-170).addMonths(6).toLocalTime().date();
        QVERIFY2(
            state.contains(
                QStringLiteral("reconnect Spotify before %1").arg(QLocale().toString(end, QStringLiteral("d MMMM")))),
            qPrintable(state));
        // One click renews it; disconnecting stays at hand.
        QCOMPARE(card->actionButton()->text(), QStringLiteral("Reconnect"));
        QVERIFY(card->secondaryButton()->isVisibleTo(card));
        QCOMPARE(card->secondaryButton()->text(), QStringLiteral("Disconnect"));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("connect-expiring"));
    }
};

QTEST_MAIN(TestConnectPage)
#include "tst_connectpage.moc"

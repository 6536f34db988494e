// The setup guide as a new streamer uses it, under a real X server: from a Spotify app that
// exists to an overlay in OBS showing the playing track, counting the clicks and pastes, with
// no scrolling; skipping and resuming; the problems met on the way fixed in place.

#include "support/appfixture.h"
#include "support/fakebrowser.h"
#include "support/fakeobs.h"
#include "support/fakespotify.h"

#include "gui/guide/donestep.h"
#include "gui/guide/overlaystep.h"
#include "gui/guide/setupcard.h"
#include "gui/guide/setupguide.h"
#include "gui/guide/spotifystep.h"
#include "gui/mainwindow.h"
#include "gui/pages/credentialscard.h"
#include "gui/pages/dashboardpage.h"
#include "gui/pages/obssettings.h"
#include "gui/widgets/connectioncheckpanel.h"
#include "gui/widgets/statusline.h"
#include "i18n/languageswitcher.h"
#include "obs/obslink.h"
#include "overlays/overlaystore.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

// Counts what the user does with the mouse and the clipboard, the way the issue counts them.
class ActionCounter : public QObject
{
public:
    ActionCounter() { qApp->installEventFilter(this); }
    ~ActionCounter() override { qApp->removeEventFilter(this); }
    int clicks = 0;
    int pastes = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Each event reaches a widget and its window: counted once, at the widget.
        if (!watched->isWidgetType() || static_cast<QWidget *>(watched)->isWindow())
            return false;
        if (event->type() == QEvent::MouseButtonPress)
            ++clicks;
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Paste))
                ++pastes;
        }
        return false;
    }
};

} // namespace

class TestSetupGuide : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSpotify> m_spotify;

    static SetupGuide *guide(const AppFixture &fixture) { return fixture.app().window()->setupGuide(); }

    // Nothing of the step is out of view: no scrolling is needed at this size.
    static bool fitsWithoutScrolling(SetupGuide *guide)
    {
        for (QWidget *parent = guide->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent))
                return area->verticalScrollBar()->maximum() == 0;
        }
        return false;
    }

    static void paste(QWidget *into, const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        QTest::keySequence(into, QKeySequence::Paste);
    }

    static void click(QAbstractButton *button)
    {
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
        QVERIFY(!button->visibleRegion().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("MELODYHUE_API_KEY", "guide-test-key-0123456789abcdef");
        m_spotify = std::make_unique<FakeSpotify>();
        m_spotify->useForMelodyHue();
        FakeSpotifyPlayer::Playback playing;
        playing.title = QStringLiteral("Northern Lights");
        playing.artists = QStringList{QStringLiteral("Aurora Test Band")};
        m_spotify->player().set(playing);
    }

    void cleanup() { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); }

    void firstRun_toAnOverlayInObs_inEightClicksAndTwoPastes_withoutScrolling()
    {
        FakeObs obs(QStringLiteral("obs-pass"));
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        FakeBrowser browser;
        browser.install();
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->activate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QCOMPARE(window->currentPage(), MainWindow::Page::Guide);
        QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Spotify);
        // The Spotify app exists, with MelodyHue's redirect URI (the guide shows it to copy).
        m_spotify->registerRedirectUri(fixture.app().services().redirectUri(QStringLiteral("spotify")));
        QTRY_VERIFY(fitsWithoutScrolling(guide(fixture)));
        AppFixture::screenshot(window, QStringLiteral("guide-1-spotify"));

        ActionCounter counter;
        // 1. Spotify: the Client ID field has the focus; one paste, one click.
        CredentialsCard *credentials = guide(fixture)->spotifyStep()->credentials();
        auto *clientId = credentials->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), clientId);
        paste(clientId, FakeSpotify::clientId());
        QSignalSpy visited(&browser, &FakeBrowser::finished);
        click(credentials->saveButton());
        QVERIFY(visited.wait(15000));
        QTRY_COMPARE(guide(fixture)->spotifyStep()->status()->text(),
            QStringLiteral("Spotify is connected as %1.").arg(FakeSpotify::displayName()));
        // The connection doctor ran by itself and says everything is in place.
        QTRY_VERIFY(!credentials->checkPanel()->lines().isEmpty());
        QVERIFY(credentials->checkPanel()->isVisible());
        QCOMPARE(guide(fixture)->nextButton()->text(), QStringLiteral("Next"));
        QTRY_VERIFY(fitsWithoutScrolling(guide(fixture)));
        AppFixture::screenshot(window, QStringLiteral("guide-1-spotify-connected"));
        click(guide(fixture)->nextButton());

        // 2. OBS: the password field has the focus; one paste, Try, Next.
        QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Obs);
        ObsSettings *obsStep = guide(fixture)->obsStep();
        QTRY_COMPARE(QApplication::focusWidget(), obsStep->passwordEdit());
        QCOMPARE(guide(fixture)->nextButton()->text(), QStringLiteral("Skip this step"));
        paste(obsStep->passwordEdit(), QStringLiteral("obs-pass"));
        click(obsStep->testButton());
        QTRY_VERIFY2(
            obsStep->statusText().startsWith(QStringLiteral("Connected to OBS")), qPrintable(obsStep->statusText()));
        QTRY_VERIFY(fitsWithoutScrolling(guide(fixture)));
        AppFixture::screenshot(window, QStringLiteral("guide-2-obs"));
        QCOMPARE(guide(fixture)->nextButton()->text(), QStringLiteral("Next"));
        click(guide(fixture)->nextButton());

        // 3. A template, then Add to OBS: into the scene OBS shows.
        QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Overlay);
        OverlayStep *overlayStep = guide(fixture)->overlayStep();
        QCOMPARE(overlayStep->templateButtons().size(), 5);
        QTRY_VERIFY(fitsWithoutScrolling(guide(fixture)));
        AppFixture::screenshot(window, QStringLiteral("guide-3-overlay"));
        QToolButton *compact = overlayStep->findChild<QToolButton *>(QStringLiteral("template_compact"));
        QVERIFY(compact);
        QCOMPARE(compact->accessibleName(), QStringLiteral("Compact card"));
        click(compact);
        QCOMPARE(overlayStep->chosenTemplate(), QStringLiteral("compact"));
        click(overlayStep->addButton());

        // 4. Done: the overlay is in OBS's current scene, showing the track that plays.
        QTRY_COMPARE(guide(fixture)->step(), SetupGuide::Step::Done);
        const QString source = QStringLiteral("MelodyHue: Compact card");
        QVERIFY(obs.inputs.contains(source));
        QCOMPARE(obs.inputs.value(source).kind, QStringLiteral("browser_source"));
        QCOMPARE(obs.sceneItems.value(QStringLiteral("Gameplay")), QStringList{source});
        const QString url = obs.inputs.value(source).settings.value(QStringLiteral("url")).toString();
        QCOMPARE(url,
            QStringLiteral("http://127.0.0.1:%1/overlay/%2").arg(fixture.port()).arg(overlayStep->addedOverlayId()));
        QTRY_COMPARE(guide(fixture)->doneStep()->playingText(),
            QStringLiteral("In the overlay now: Northern Lights — Aurora Test Band"));
        QTRY_VERIFY(fitsWithoutScrolling(guide(fixture)));
        AppFixture::screenshot(window, QStringLiteral("guide-4-done"));
        click(guide(fixture)->nextButton());
        QCOMPARE(window->currentPage(), MainWindow::Page::Dashboard);
        QVERIFY(SetupGuide::isDone(fixture.app().settings()));
        QVERIFY(window->dashboardPage()->setupCard()->isHidden());

        // Connect, Next, Try, Next, a template, Add to OBS, Go to the Dashboard: 7 today.
        QVERIFY2(counter.clicks <= 8, qPrintable(QString::number(counter.clicks)));
        QCOMPARE(counter.pastes, 2);
    }

    void eachStep_canBeSkipped_andTheGuideResumesWhereItWasLeft()
    {
        QTemporaryDir data;
        {
            AppFixture fixture(false, data.path());
            MainWindow *window = fixture.app().window();
            QCOMPARE(window->currentPage(), MainWindow::Page::Guide);
            QCOMPARE(guide(fixture)->nextButton()->text(), QStringLiteral("Skip this step"));
            QVERIFY(guide(fixture)->backButton()->isHidden());
            click(guide(fixture)->nextButton());
            QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Obs);
            QVERIFY(guide(fixture)->backButton()->isVisible());
            // Finish later: the Dashboard offers to continue.
            click(guide(fixture)->laterButton());
            QCOMPARE(window->currentPage(), MainWindow::Page::Dashboard);
            SetupCard *card = window->dashboardPage()->setupCard();
            QVERIFY(card->isVisible());
            AppFixture::screenshot(window, QStringLiteral("dashboard-setup"));
            click(card->continueButton());
            QCOMPARE(window->currentPage(), MainWindow::Page::Guide);
            QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Obs);
            click(guide(fixture)->nextButton());
            QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Overlay);
        }
        {
            // The next start opens the guide on the step it was left on.
            AppFixture fixture(false, data.path());
            QCOMPARE(fixture.app().window()->currentPage(), MainWindow::Page::Guide);
            QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Overlay);
            click(guide(fixture)->backButton());
            QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Obs);
            click(guide(fixture)->nextButton());
            click(guide(fixture)->nextButton());
            QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Done);
            QVERIFY(guide(fixture)->doneStep()->isVisible());
            click(guide(fixture)->nextButton());
        }
        {
            // Done: later starts open on Connect (nothing connected), with no guide card.
            AppFixture fixture(false, data.path());
            QCOMPARE(fixture.app().window()->currentPage(), MainWindow::Page::Connect);
            QVERIFY(fixture.app().window()->dashboardPage()->setupCard()->isHidden());
        }
    }

    void aWrongObsPassword_isFixedInPlace()
    {
        FakeObs obs(QStringLiteral("obs-pass"));
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        AppFixture fixture;
        guide(fixture)->showStep(SetupGuide::Step::Obs);
        ObsSettings *obsStep = guide(fixture)->obsStep();
        obsStep->passwordEdit()->setText(QStringLiteral("wrong"));
        click(obsStep->testButton());
        QTRY_VERIFY(obsStep->statusLabel()->isError());
        QVERIFY2(obsStep->statusText().contains(QStringLiteral("password")), qPrintable(obsStep->statusText()));
        QCOMPARE(guide(fixture)->nextButton()->text(), QStringLiteral("Skip this step"));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("guide-2-obs-wrong-password"));
        obsStep->passwordEdit()->setText(QStringLiteral("obs-pass"));
        click(obsStep->testButton());
        QTRY_VERIFY2(
            obsStep->statusText().startsWith(QStringLiteral("Connected to OBS")), qPrintable(obsStep->statusText()));
        QCOMPARE(guide(fixture)->nextButton()->text(), QStringLiteral("Next"));
    }

    void obsWithoutBrowserSource_saysWhatToDo_andAddsNothing()
    {
        FakeObs obs;
        obs.inputKinds.removeAll(QStringLiteral("browser_source"));
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        AppFixture fixture;
        guide(fixture)->showStep(SetupGuide::Step::Overlay);
        OverlayStep *overlayStep = guide(fixture)->overlayStep();
        click(overlayStep->addButton());
        QTRY_COMPARE(overlayStep->status()->text(), ObsLink::noBrowserSourceMessage());
        QVERIFY(overlayStep->status()->isError());
        QVERIFY(obs.inputs.isEmpty());
        QCOMPARE(guide(fixture)->step(), SetupGuide::Step::Overlay);
        QTRY_VERIFY(fitsWithoutScrolling(guide(fixture)));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("guide-3-no-browser-source"));
    }

    void obsNotRunning_isSaid_andNoOverlayIsMade()
    {
        FakeObs obs;
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        obs.stop();
        AppFixture fixture;
        guide(fixture)->showStep(SetupGuide::Step::Overlay);
        OverlayStep *overlayStep = guide(fixture)->overlayStep();
        const qsizetype before = fixture.app().overlays().list()->size();
        click(overlayStep->addButton());
        QTRY_VERIFY(overlayStep->status()->isError());
        QVERIFY2(
            overlayStep->status()->text().contains(QStringLiteral("Back")), qPrintable(overlayStep->status()->text()));
        QCOMPARE(fixture.app().overlays().list()->size(), before);
    }

    void theGuide_isReadInTheNewLanguage()
    {
        AppFixture fixture;
        LanguageSwitcher language;
        const auto backToEnglish = qScopeGuard([&language] { language.apply(QStringLiteral("en")); });
        guide(fixture)->showStep(SetupGuide::Step::Overlay);
        language.apply(QStringLiteral("fr"));
        QTRY_COMPARE(guide(fixture)->nextButton()->text(), QStringLiteral("Passer cette étape"));
        QCOMPARE(guide(fixture)->overlayStep()->addButton()->text(), QStringLiteral("Ajouter à OBS"));
        QTRY_VERIFY(fitsWithoutScrolling(guide(fixture)));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("guide-3-overlay-fr"));
    }
};

QTEST_MAIN(TestSetupGuide)
#include "tst_setupguide.moc"

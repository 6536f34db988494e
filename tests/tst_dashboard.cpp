// The Dashboard's now-playing card, the tray's track and Settings → Player, in the whole
// application under Xvfb, following a fake player on the test session's D-Bus.

#include "support/appfixture.h"
#include "support/fakemprisplayer.h"
#include "support/fakeobs.h"
#include "support/filesizelimit.h"
#include "support/musicfiles.h"
#include "support/spotifyconnection.h"

#include "gui/mainwindow.h"
#include "gui/pages/dashboardpage.h"
#include "gui/pages/drivescard.h"
#include "gui/pages/likedtrackscard.h"
#include "gui/pages/missingtracksdialog.h"
#include "gui/pages/nowplayingcard.h"
#include "gui/pages/pathssettings.h"
#include "gui/pages/playersettings.h"
#include "gui/pages/sessionscard.h"
#include "gui/pages/settingspage.h"
#include "gui/tray/trayicon.h"
#include "gui/widgets/colorswatch.h"

#include "i18n/languageswitcher.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/nowplayingpoller.h"
#include "settings/settings.h"
#include "sync/syncengine.h"
#include <QSpinBox>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

namespace {

FakeMprisPlayer::Song song(const QString &title, const QString &artUrl)
{
    FakeMprisPlayer::Song song;
    song.title = title;
    song.artists = {QStringLiteral("Nova Lights"), QStringLiteral("The Harbour")};
    song.album = QStringLiteral("Evening Tides");
    song.artUrl = artUrl;
    song.lengthMicroseconds = 214'000'000;
    return song;
}

QString coverFile(const QTemporaryDir &folder)
{
    // A cover with a clear dominant colour and an accent.
    QImage cover(400, 400, QImage::Format_RGB32);
    cover.fill(QColor(0x1f, 0x4e, 0x79));
    for (int y = 240; y < 400; ++y) {
        for (int x = 0; x < 400; ++x)
            cover.setPixelColor(x, y, QColor(0xf2, 0xa5, 0x41));
    }
    const QString path = folder.filePath(QStringLiteral("cover.png"));
    cover.save(path);
    return QUrl::fromLocalFile(path).toString();
}

// The window's services over a server fixture, for a card built alone.
GuiServices guiServices(ServerFixture &app, NowPlayingPipeline &pipeline)
{
    return GuiServices{*app.settings, app.nowPlaying, *app.apiKey, app.secrets(), *app.services, pipeline,
        *app.overlays, *app.obs, *app.outputs, *app.sync, *app.streamSessions, *app.obsSession};
}

NowPlayingCard *card(const AppFixture &fixture)
{
    return fixture.app().window()->dashboardPage()->nowPlayingCard();
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingPlaying_saysWhatToDoNext()
    {
        AppFixture fixture;
        QVERIFY(fixture.started());
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(card(fixture)->showsEmptyState());
        QCOMPARE(card(fixture)->titleText(), QStringLiteral("Nothing is playing"));
        auto *connect = card(fixture)->findChild<QPushButton *>();
        QVERIFY(connect && connect->isVisible());
        QCOMPARE(connect->text(), QStringLiteral("Connect Spotify"));
        AppFixture::screenshot(window, QStringLiteral("dashboard-nothing-playing"));
        connect->click();
        QCOMPARE(window->currentPage(), MainWindow::Page::Connect);
    }

    void aPlayingTrack_showsCoverTitlePaletteAndMovingProgress()
    {
        QTemporaryDir folder;
        // trayer takes a moment to take icons again after the previous test's left.
        QTRY_VERIFY(TrayIcon::isAvailable());
        AppFixture fixture;
        QVERIFY(fixture.started());
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        FakeMprisPlayer spotify(QStringLiteral("spotify"), QStringLiteral("Spotify"));
        spotify.play(song(QStringLiteral("Northern Lights Over the Quiet Harbour"), coverFile(folder)));
        QTRY_COMPARE(card(fixture)->titleText(), QStringLiteral("Northern Lights Over the Quiet Harbour"));
        QTRY_VERIFY(card(fixture)->showsCover());
        QVERIFY(!card(fixture)->showsEmptyState());
        QVERIFY(card(fixture)->sourceText().contains(QStringLiteral("Spotify desktop app")));
        // The palette of the cover, each swatch with its hex code.
        const PlaybackState &state = fixture.app().nowPlaying().state();
        QTRY_VERIFY(fixture.app().nowPlaying().state().coverPalette.has_value());
        QCOMPARE(card(fixture)->swatches().first()->color(), state.coverPalette->dominant);
        QCOMPARE(card(fixture)->swatches().at(1)->color(), state.coverPalette->vibrant);
        // Progress moves by itself between updates.
        const int before = card(fixture)->progressValue();
        QTRY_VERIFY_WITH_TIMEOUT(card(fixture)->progressValue() > before, 4000);
        AppFixture::screenshot(window, QStringLiteral("dashboard-now-playing"));

        // A hex code is one click away.
        ColorSwatch *dominant = card(fixture)->swatches().first();
        QTest::mouseClick(dominant, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), dominant->color().name());

        // The tray says it too.
        TrayIcon *tray = fixture.app().tray();
        QVERIFY(tray);
        QVERIFY(tray->nowPlayingAction()->text().contains(QStringLiteral("Northern Lights")));
        QVERIFY(tray->toolTip().contains(QStringLiteral("Nova Lights")));

        spotify.setStatus(QStringLiteral("Paused"));
        QTRY_VERIFY(card(fixture)->sourceText().startsWith(QStringLiteral("Paused")));
        QTRY_VERIFY(tray->nowPlayingAction()->text().startsWith(QStringLiteral("Paused")));
    }

    void settings_offerThePlayersSeen()
    {
        AppFixture fixture;
        QVERIFY(fixture.started());
        FakeMprisPlayer vlc(QStringLiteral("vlc"), QStringLiteral("VLC media player"));
        vlc.play(song(QStringLiteral("From VLC"), {}));
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        QComboBox *combo = window->settingsPage()->playerSettings()->combo();
        QTRY_VERIFY(combo->findData(QStringLiteral("vlc")) >= 0);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("spotify"));
        // "Spotify only": VLC does not show.
        QVERIFY(!fixture.app().nowPlaying().state().track);
        combo->setCurrentIndex(combo->findData(QStringLiteral("vlc")));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(fixture.app().settings().player(), QStringLiteral("vlc"));
        QTRY_COMPARE(fixture.app().nowPlaying().state().track->title, QStringLiteral("From VLC"));
        for (QWidget *parent = combo->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                scroll->ensureWidgetVisible(window->settingsPage()->playerSettings(), 0, 160);
                break;
            }
        }
        AppFixture::screenshot(window, QStringLiteral("settings-player"));
    }

    void likedTracksCard_showsTheSync_andItsButtonsDriveIt()
    {
        using namespace std::chrono_literals;
        SpotifyConnection live;
        ServerFixture &app = *live.app;
        live.spotify->library().fill(1500);
        NowPlayingPipeline &pipeline = app.followNowPlaying(nullptr);
        LikedTracksCard card(guiServices(app, pipeline));
        card.resize(640, card.sizeHint().height());
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QVERIFY2(card.countsText().contains(QStringLiteral("Connect a music service")), qPrintable(card.countsText()));
        QVERIFY(!card.syncNowButton()->isEnabled());
        QCOMPARE(card.stateText(), QStringLiteral("Not synced yet."));

        QVERIFY(live.connectAccount());
        QTRY_VERIFY(card.syncNowButton()->isEnabled());
        QCOMPARE(card.countsText(), QStringLiteral("Liked tracks from Spotify: 0"));
        live.spotify->setAnswerDelay(QByteArrayLiteral("/v1/me/tracks"), 40ms);
        QSignalSpy finished(app.sync.get(), &SyncEngine::finished);
        QTest::mouseClick(card.syncNowButton(), Qt::LeftButton);
        // While it reads: a progress bar, the page reached, and Sync now waits.
        QTRY_VERIFY(card.progressBar()->isVisible() && card.progressBar()->value() >= 200);
        QVERIFY2(card.stateText().startsWith(QStringLiteral("Reading your liked tracks on Spotify: ")),
            qPrintable(card.stateText()));
        QCOMPARE(card.progressBar()->maximum(), 1500);
        QVERIFY(!card.syncNowButton()->isEnabled());
        AppFixture::screenshot(&card, QStringLiteral("dashboard-liked-tracks-syncing"));
        QVERIFY(finished.wait(30'000));
        QVERIFY(!card.progressBar()->isVisible());
        QVERIFY2(card.stateText().startsWith(QStringLiteral("Up to date: synced at")), qPrintable(card.stateText()));
        const QString count = QLocale().toString(1500);
        QCOMPARE(
            card.countsText(), QStringLiteral("Liked tracks from Spotify: %1<br>New in the last sync: %1").arg(count));
        AppFixture::screenshot(&card, QStringLiteral("dashboard-liked-tracks"));

        QTest::mouseClick(card.pauseButton(), Qt::LeftButton);
        QVERIFY(app.settings->value(SettingKey::SyncPaused).toBool());
        QCOMPARE(card.pauseButton()->text(), QStringLiteral("Resume sync"));
        QVERIFY2(card.stateText().startsWith(QStringLiteral("The sync is paused.")), qPrintable(card.stateText()));
        QTest::mouseClick(card.pauseButton(), Qt::LeftButton);
        QVERIFY(!app.settings->value(SettingKey::SyncPaused).toBool());
        QCOMPARE(card.pauseButton()->text(), QStringLiteral("Pause sync"));
    }

    void aStream_isListed_andItsChaptersCopied()
    {
        FakeObs obs;
        qputenv("MELODYHUE_OBS_WEBSOCKET_URL", obs.url().toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_OBS_WEBSOCKET_URL"); });
        ServerFixture app;
        NowPlayingPipeline &pipeline = app.followNowPlaying(nullptr);
        SessionsCard card(guiServices(app, pipeline));
        card.resize(640, card.sizeHint().height());
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QVERIFY(card.rowTexts().isEmpty());

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        app.clock = start;
        app.obsSession->start();
        QTRY_COMPARE(obs.subscribers(), 1);
        obs.setStreaming(true);
        QTRY_COMPARE(card.rowTexts().size(), 1);
        QVERIFY2(card.rowTexts()[0].startsWith(QStringLiteral("Stream · live now. ")), qPrintable(card.rowTexts()[0]));
        const QStringList titles{
            QStringLiteral("Intro"), QStringLiteral("One More Time"), QStringLiteral("Aerodynamic")};
        for (int i = 0; i < titles.size(); ++i) {
            app.clock = start.addSecs(60 + i * 240);
            PlaybackState state;
            state.isPlaying = true;
            Track track;
            track.title = titles[i];
            track.artists = {QStringLiteral("Daft Punk")};
            state.track = track;
            app.nowPlaying.setState(state);
        }
        app.clock = start.addSecs(1800);
        obs.setStreaming(false);
        QTRY_VERIFY2(
            !card.rowTexts().value(0).contains(QStringLiteral("live now")), qPrintable(card.rowTexts().value(0)));
        QVERIFY2(card.rowTexts()[0].contains(QStringLiteral("tracks: 3")), qPrintable(card.rowTexts()[0]));
        AppFixture::screenshot(&card, QStringLiteral("dashboard-streams"));

        auto *copy = card.findChild<QPushButton *>();
        QVERIFY(copy);
        QVERIFY(copy->accessibleName().startsWith(QStringLiteral("Copy the chapters of the stream of ")));
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("00:00 Start\n01:00 Daft Punk — Intro\n05:00 Daft Punk — One More Time\n"
                           "09:00 Daft Punk — Aerodynamic\n"));
        QCOMPARE(card.statusText(),
            QStringLiteral("Chapters copied (4): paste them into the video’s description on YouTube."));
    }

    void drives_areChosenInPaths_andShownWithTheirState()
    {
        SpotifyConnection live;
        ServerFixture &app = *live.app;
        live.spotify->library().fill(20);
        QTemporaryDir folder;
        const QString music = folder.filePath(QStringLiteral("Music"));
        for (int number = 0; number < 5; ++number) {
            const auto track = FakeSpotifyLibrary::generated(number);
            QVERIFY(MusicFiles::write(music + QStringLiteral("/%1.wav").arg(number), track.durationMs,
                {track.title, track.artists.first(), track.album, track.isrc, number + 1}));
        }
        const QString blue = folder.filePath(QStringLiteral("BLUE"));
        const QString red = folder.filePath(QStringLiteral("RED"));
        const QString green = folder.filePath(QStringLiteral("GREEN"));
        for (const QString &drive : {blue, red, green})
            QVERIFY(QDir().mkpath(drive));
        NowPlayingPipeline &pipeline = app.followNowPlaying(nullptr);
        const GuiServices services = guiServices(app, pipeline);
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *paths = new PathsSettings(services, &page);
        auto *liked = new LikedTracksCard(services, &page);
        auto *drives = new DrivesCard(services, &page);
        for (QWidget *card :
            {static_cast<QWidget *>(paths), static_cast<QWidget *>(liked), static_cast<QWidget *>(drives)})
            layout->addWidget(card);
        layout->addStretch(1);
        page.resize(760, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // A drive inside a music folder is refused, next to the list.
        paths->addMusicFolder(music);
        QCOMPARE(paths->musicList()->count(), 1);
        QCOMPARE(paths->musicList()->item(0)->text(), QDir::toNativeSeparators(music));
        paths->addDrive(music + QStringLiteral("/copies"));
        QVERIFY2(paths->errorText().contains(QStringLiteral("does not exist")), qPrintable(paths->errorText()));

        QVERIFY(live.connectAccount());
        QSignalSpy finished(app.sync.get(), &SyncEngine::finished);
        QTest::mouseClick(liked->syncNowButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30'000));
        paths->addDrive(blue);
        QVERIFY(paths->errorText().isEmpty());
        QTRY_VERIFY(!app.sync->isRunning());
        paths->addDrive(red);
        QTRY_VERIFY(!app.sync->isRunning());
        QCOMPARE(paths->driveList()->count(), 2);
        QTRY_COMPARE(drives->rowTexts().size(), 2);
        QVERIFY2(drives->rowTexts().at(0).contains(QStringLiteral("Liked tracks here: 5 · not yet: 15")),
            qPrintable(drives->rowTexts().at(0)));
        QVERIFY2(liked->countsText().contains(QStringLiteral("With audio in your music folders: 5 · without: 15")),
            qPrintable(liked->countsText()));
        AppFixture::screenshot(&page, QStringLiteral("drives"));

        // The 15 without audio, each with its page on Spotify.
        QVERIFY(liked->withoutAudioButton()->isVisible());
        MissingTracksDialog missing(services);
        QCOMPARE(missing.list()->count(), 15);
        QCOMPARE(missing.list()->item(0)->text(), QStringLiteral("Liked track 6 — Artist 5"));
        QCOMPARE(missing.chosenPage(),
            QUrl(QStringLiteral("https://open.spotify.com/track/") + FakeSpotifyLibrary::generated(5).id));
        QCOMPARE(missing.openButton()->text(), QStringLiteral("Open in Spotify"));
        missing.show();
        QVERIFY(QTest::qWaitForWindowExposed(&missing));
        AppFixture::screenshot(&missing, QStringLiteral("drives-without-audio"));
        missing.close();

        // Unplugged: the row says so within a few seconds.
        app.sync->startScheduling();
        QVERIFY(QFile::rename(red, red + QStringLiteral(" (away)")));
        QTRY_VERIFY_WITH_TIMEOUT(drives->rowTexts().at(1).contains(QStringLiteral("Not connected")), 15'000);
        QTRY_VERIFY(paths->driveList()->item(1)->text().endsWith(QStringLiteral("(not connected)")));

        // Full: no room for even one file, and the row says what to do.
        {
            const FileSizeLimit full(500'000);
            paths->addDrive(green);
            QTRY_VERIFY(!app.sync->isRunning());
        }
        QTRY_COMPARE(drives->rowTexts().size(), 3);
        QVERIFY2(
            drives->rowTexts().at(2).contains(QStringLiteral("no room left")), qPrintable(drives->rowTexts().at(2)));
        QVERIFY(drives->rowTexts().at(2).contains(QStringLiteral("failed: 5")));
        AppFixture::screenshot(&page, QStringLiteral("drives-unplugged-and-full"));

        LanguageSwitcher language;
        language.apply(QStringLiteral("fr"));
        QTRY_VERIFY(drives->rowTexts().at(1).contains(QStringLiteral("Non branché")));
        AppFixture::screenshot(&page, QStringLiteral("drives-fr"));
        language.apply(QStringLiteral("en"));

        // Removed: the drive leaves the lists; its files stay.
        QVERIFY(!paths->removeDriveButton()->isEnabled());
        paths->driveList()->setCurrentRow(0);
        QVERIFY(paths->removeDriveButton()->isEnabled());
        QTest::mouseClick(paths->removeDriveButton(), Qt::LeftButton);
        QTRY_COMPARE(drives->rowTexts().size(), 2);
        QCOMPARE(paths->driveList()->count(), 2);
        QVERIFY(QFileInfo::exists(blue + QStringLiteral("/MelodyHue/Liked Songs.m3u8")));
    }

    void aTrackFromTheWebApi_saysWhereItPlays_withoutJargon()
    {
        SpotifyConnection live;
        ServerFixture &app = *live.app;
        NowPlayingPipeline &pipeline = app.followNowPlaying(nullptr);
        NowPlayingCard card(guiServices(app, pipeline));
        FakeSpotifyPlayer::Playback playing;
        playing.trackId = QStringLiteral("trackA");
        playing.title = QStringLiteral("First song");
        live.spotify->player().set(playing);
        QVERIFY(live.connectAccount());
        QTRY_COMPARE(card.titleText(), QStringLiteral("First song"));
        QCOMPARE(card.sourceText(), QStringLiteral("Playing in Spotify on another device"));
        QVERIFY(!card.sourceText().contains(QStringLiteral("Web API")));
    }

    void settings_countWebApiCalls_andSayWhenSpotifyRateLimits()
    {
        SpotifyConnection live;
        ServerFixture &app = *live.app;
        NowPlayingPipeline &pipeline = app.followNowPlaying(nullptr);
        PlayerSettings settings(guiServices(app, pipeline));
        QVERIFY(settings.usageText().isEmpty());
        QVERIFY(live.connectAccount());
        QTRY_VERIFY(live.spotify->requestsTo(QStringLiteral("/v1/me/player")) >= 1);
        QTRY_COMPARE(
            settings.usageText(), QStringLiteral("Spotify Web API today: 1 of 600 requests (1 in the last hour)."));
        QVERIFY(settings.problemText().isEmpty());

        live.spotify->failNext(QStringLiteral("/v1/me/player/currently-playing"), 429, 3600);
        pipeline.poller(QStringLiteral("spotify"))->checkNow();
        // In CI's Debian 13 chroot this answer once took 9.9 s to 42 s to show: Check now was
        // postponed to the next planned check when the budget changed before it started (fixed,
        // tst_nowplaying covers it). A failure prints what reached the fake and when.
        const auto explain = qScopeGuard([&live, &settings] {
            if (QTest::currentTestFailed()) {
                qWarning().noquote() << "problem:" << settings.problemText() << "\nusage:" << settings.usageText()
                                     << "\nrequests:\n"
                                     << live.spotify->timeline().join(u'\n');
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(settings.problemText().contains(QStringLiteral("daily quota is spent")), 20000);
        QCOMPARE(
            settings.usageText(), QStringLiteral("Spotify Web API today: 2 of 600 requests (2 in the last hour)."));
        // The budget is set right there, and said why.
        settings.budgetSpin()->setValue(900);
        QCOMPARE(app.settings->dailyBudget(SettingKey::SpotifyDailyBudget), 900);
        QTRY_VERIFY(settings.usageText().contains(QStringLiteral("2 of 900")));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

// The window as a user drives it: pages, Settings saved at once and served by /color,
// languages, hiding to the tray, a second launch bringing it back.

#include "support/appfixture.h"
#include "support/rawhttp.h"
#include "support/waitfortask.h"

#include "gui/mainwindow.h"
#include "gui/pages/connectpage.h"
#include "gui/pages/outputsettings.h"
#include "gui/pages/servicecard.h"
#include "gui/pages/settingspage.h"
#include "gui/theme/themecontroller.h"
#include "gui/tray/trayicon.h"
#include "gui/widgets/messagebanner.h"
#include "nowplaying/nowplaying.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "server/localserver.h"
#include "settings/settings.h"
#include "settings/settingsschema.h"

#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The XDG desktop portal's Settings, as GNOME's and KDE's answer for the colour scheme
// (org.freedesktop.appearance color-scheme: 1 prefers dark, 2 prefers light).
class FakePortalSettings : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 1;

public Q_SLOTS:
    // Read() wraps the value in one variant more than SettingChanged does.
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group != QStringLiteral("org.freedesktop.appearance") || key != QStringLiteral("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(0U)));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
    }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString colorServed(quint16 port)
    {
        return httpRequest(port, "GET", "/color").json().value(QStringLiteral("color")).toString();
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static QStringList navigationLabels(MainWindow *window)
    {
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QStringList labels;
        for (int i = 0; i < navigation->count(); ++i)
            labels.append(navigation->item(i)->text());
        return labels;
    }

    enum WheelButton { WheelUp = 4, WheelDown = 5 };
    // A real notch of the wheel from the X server, over the middle of `widget`.
    static bool wheelOver(QWidget *widget, WheelButton button)
    {
        const QPoint at = widget->mapToGlobal(widget->rect().center());
        return QProcess::execute(QStringLiteral("xdotool"),
                   {QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(at.x()),
                       QString::number(at.y()), QStringLiteral("click"), QString::number(int(button))})
            == 0;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("MELODYHUE_API_KEY", "gui-test-key-0123456789abcdef"); }

    void firstRun_opensTheSetupGuide_besideTheFourPages()
    {
        AppFixture fixture;
        QVERIFY(fixture.started());
        MainWindow *window = fixture.app().window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(navigationLabels(window),
            QStringList({QStringLiteral("Dashboard"), QStringLiteral("Connect"), QStringLiteral("Overlays"),
                QStringLiteral("Settings")}));
        QCOMPARE(window->currentPage(), MainWindow::Page::Guide);
        // No page of the sidebar is selected while the guide shows; each is one click away.
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation->selectedItems().isEmpty());
        QTest::mouseClick(
            navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(navigation->item(1)).center());
        QCOMPARE(window->currentPage(), MainWindow::Page::Connect);
        QCOMPARE(navigation->selectedItems(), QList<QListWidgetItem *>{navigation->item(1)});
        // The Dashboard's row, current but not selected under the guide, shows it when clicked.
        window->showPage(MainWindow::Page::Guide);
        QCOMPARE(window->currentPage(), MainWindow::Page::Guide);
        QTest::mouseClick(
            navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(navigation->item(0)).center());
        QCOMPARE(window->currentPage(), MainWindow::Page::Dashboard);
        window->showPage(MainWindow::Page::Connect);
        QVERIFY(window->connectPage()
                    ->card(QStringLiteral("spotify"))
                    ->stateText()
                    .startsWith(QStringLiteral("Not connected")));
        QVERIFY(window->banner()->text().isEmpty());

        AppFixture::screenshot(window, QStringLiteral("connect"));
        // At its smallest, the window still reads well.
        window->resize(window->minimumSizeHint());
        AppFixture::screenshot(window, QStringLiteral("connect-small"));
        window->resize(880, 620);
        for (auto page : {MainWindow::Page::Dashboard, MainWindow::Page::Overlays, MainWindow::Page::Settings}) {
            window->showPage(page);
            QCOMPARE(window->currentPage(), page);
            AppFixture::screenshot(
                window, QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page))).toLower());
        }
    }

    void colourTypedInSettings_isServedAtOnce()
    {
        AppFixture fixture;
        QVERIFY(fixture.started());
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(colorServed(fixture.port()), QStringLiteral("#7c4dff"));

        auto *colorEdit = window->settingsPage()->findChild<QLineEdit *>(QStringLiteral("colorEdit"));
        QVERIFY(colorEdit);
        typeInto(colorEdit, QStringLiteral("#12A0FF"));
        QCOMPARE(colorServed(fixture.port()), QStringLiteral("#12a0ff"));
        QCOMPARE(fixture.app().settings().defaultOverlayColor().name(), QStringLiteral("#12a0ff"));
        QCOMPARE(colorEdit->text(), QStringLiteral("#12a0ff"));
    }

    void invalidColour_showsWhyAndChangesNothing()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *colorEdit = window->settingsPage()->findChild<QLineEdit *>(QStringLiteral("colorEdit"));
        typeInto(colorEdit, QStringLiteral("purple"));
        QVERIFY(
            window->settingsPage()->errorShown(SettingKey::DefaultOverlayColor).contains(QStringLiteral("#rrggbb")));
        QCOMPARE(colorServed(fixture.port()), QStringLiteral("#7c4dff"));
        QCOMPARE(colorEdit->text(), QStringLiteral("#7c4dff"));
        AppFixture::screenshot(window, QStringLiteral("settings-error"));
    }

    void anError_isScrolledIntoView()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QScrollArea *area = nullptr;
        for (QScrollArea *candidate : window->findChildren<QScrollArea *>()) {
            if (candidate->widget() == window->settingsPage())
                area = candidate;
        }
        QVERIFY(area);
        // The colour is at the top of the page; the user looks at the bottom.
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
        auto *colorEdit = window->settingsPage()->findChild<QLineEdit *>(QStringLiteral("colorEdit"));
        QVERIFY(colorEdit && colorEdit->visibleRegion().isEmpty());
        colorEdit->setText(QStringLiteral("purple"));
        Q_EMIT colorEdit->editingFinished();
        auto *error = window->settingsPage()->findChild<QLabel *>(QStringLiteral("colorError"));
        QVERIFY(error && error->text().contains(QStringLiteral("#rrggbb")));
        QVERIFY(!error->visibleRegion().isEmpty());
    }

    void theWheel_scrollsThePage_notTheFieldUnderThePointer()
    {
        if (QGuiApplication::platformName() != QStringLiteral("xcb"))
            QSKIP("The wheel comes from the X server (xdotool): run under scripts/test.");
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->resize(880, 620);
        window->showPage(MainWindow::Page::Settings);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Above any other window, so that the pointer is over this one.
        window->raise();
        QScrollArea *area = nullptr;
        for (QScrollArea *candidate : window->findChildren<QScrollArea *>()) {
            if (candidate->widget() == window->settingsPage())
                area = candidate;
        }
        QVERIFY(area);
        QSpinBox *field = nullptr;
        for (QSpinBox *candidate : window->settingsPage()->findChildren<QSpinBox *>()) {
            if (!field && candidate->isVisible() && candidate->value() < candidate->maximum()
                && candidate->visibleRegion().boundingRect().size() == candidate->size())
                field = candidate;
        }
        QVERIFY2(field, "a spin box in view at the top of Settings");
        const int value = field->value();
        QCOMPARE(area->verticalScrollBar()->value(), 0);

        // Under the pointer but not focused: one notch scrolls the page, the value stays.
        QVERIFY(wheelOver(field, WheelDown));
        QTRY_VERIFY(area->verticalScrollBar()->value() > 0);
        QCOMPARE(field->value(), value);

        // Focused (clicked, or reached with Tab): the wheel is the field's.
        area->verticalScrollBar()->setValue(0);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        field->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(field->hasFocus());
        QVERIFY(wheelOver(field, WheelUp));
        QTRY_COMPARE(field->value(), value + field->singleStep());
        QCOMPARE(area->verticalScrollBar()->value(), 0);
    }

    void changesMadeThroughTheApi_showInTheWindow()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        const RawResponse response = httpRequest(fixture.port(), "PATCH", "/settings/me",
            {{"Authorization", "Bearer gui-test-key-0123456789abcdef"}, {"Content-Type", "application/json"}},
            "{\"sync_interval_minutes\":90,\"default_overlay_color\":\"#00ff00\"}");
        QCOMPARE(response.status, 200);
        QCOMPARE(window->settingsPage()->findChild<QSpinBox *>(QStringLiteral("syncSpin"))->value(), 90);
        QCOMPARE(window->settingsPage()->findChild<QLineEdit *>(QStringLiteral("colorEdit"))->text(),
            QStringLiteral("#00ff00"));
    }

    void theTheme_isDarkOrLight_appliedAtOnce()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const auto windowLightness = [window] { return window->palette().color(QPalette::Window).lightness(); };
        // Like the system: the test's session has no desktop portal, which reads as light.
        QVERIFY(!window->theme()->isDark());
        QVERIFY(windowLightness() > 180);

        QComboBox *theme = nullptr;
        for (QLabel *label : window->settingsPage()->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("Theme:"))
                theme = qobject_cast<QComboBox *>(label->buddy());
        }
        QVERIFY(theme);
        QCOMPARE(theme->currentText(), QStringLiteral("Like the system"));
        theme->setCurrentIndex(1);
        Q_EMIT theme->activated(1);
        QTRY_VERIFY(windowLightness() < 60);
        QVERIFY(window->theme()->isDark());
        // The cards (palette(base) in the style sheet) and the text follow.
        QVERIFY(window->settingsPage()->palette().color(QPalette::Base).lightness() < 80);
        QVERIFY(window->settingsPage()->palette().color(QPalette::Text).lightness() > 200);
        for (auto page : {MainWindow::Page::Dashboard, MainWindow::Page::Connect, MainWindow::Page::Overlays,
                 MainWindow::Page::Settings}) {
            window->showPage(page);
            AppFixture::screenshot(window,
                QStringLiteral("dark-")
                    + QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page))).toLower());
        }

        // From the API too, and only the three choices.
        const RawResponse light = httpRequest(fixture.port(), "PATCH", "/settings/me",
            {{"Authorization", "Bearer gui-test-key-0123456789abcdef"}, {"Content-Type", "application/json"}},
            "{\"theme\":\"light\"}");
        QCOMPARE(light.status, 200);
        QTRY_VERIFY(windowLightness() > 180);
        QCOMPARE(theme->currentText(), QStringLiteral("Light"));
        const RawResponse purple = httpRequest(fixture.port(), "PATCH", "/settings/me",
            {{"Authorization", "Bearer gui-test-key-0123456789abcdef"}, {"Content-Type", "application/json"}},
            "{\"theme\":\"purple\"}");
        QCOMPARE(purple.status, 400);
        QVERIFY(purple.errorMessage().contains(QStringLiteral("system, dark, light")));
        QVERIFY(!window->theme()->isDark());
    }

    void theSystemTheme_followsTheDesktopPortal()
    {
        FakePortalSettings settings;
        QDBusConnection portal = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("portal"));
        const auto gone = qScopeGuard([&portal] {
            portal.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
            QDBusConnection::disconnectFromBus(QStringLiteral("portal"));
        });
        QVERIFY(portal.registerObject(
            QStringLiteral("/org/freedesktop/portal/desktop"), &settings, QDBusConnection::ExportAllSlots));
        QVERIFY(portal.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        QCOMPARE(fixture.app().settings().theme(), QStringLiteral("system"));
        // The desktop prefers dark: so does the window, at start.
        QTRY_VERIFY(window->theme()->isDark());
        QVERIFY(window->palette().color(QPalette::Window).lightness() < 60);
        // The user switches the desktop to light: the window follows at once.
        QDBusMessage changed = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
            QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("SettingChanged"));
        changed << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                << QVariant::fromValue(QDBusVariant(2U));
        QVERIFY(portal.send(changed));
        QTRY_VERIFY(!window->theme()->isDark());
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() > 180);
    }

    // Every page in both themes and both languages, saved for docs/images/pages (see
    // docs/screenshots.md) when MELODYHUE_SCREENSHOT_DIR is set: each has its title in the
    // language and the window its theme's colours.
    void everyPage_inBothThemesAndBothLanguages()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *title = window->findChild<QLabel *>(QStringLiteral("pageTitle"));
        const auto backToDefaults = qScopeGuard([&fixture] {
            QVERIFY(fixture.app().settings().set(SettingKey::Language, QStringLiteral("system")));
            QVERIFY(fixture.app().settings().set(SettingKey::Theme, QStringLiteral("system")));
        });
        const QHash<QString, QStringList> titles{
            {QStringLiteral("en"),
                {QStringLiteral("Dashboard"), QStringLiteral("Connect"), QStringLiteral("Overlays"),
                    QStringLiteral("Settings"), QStringLiteral("Set up MelodyHue")}},
            {QStringLiteral("fr"),
                {QStringLiteral("Tableau de bord"), QStringLiteral("Connexion"), QStringLiteral("Incrustations"),
                    QStringLiteral("Paramètres"), QStringLiteral("Configurer MelodyHue")}}};
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QVERIFY(fixture.app().settings().set(SettingKey::Theme, theme));
            QTRY_COMPARE(window->theme()->isDark(), theme == QStringLiteral("dark"));
            const int lightness = window->palette().color(QPalette::Window).lightness();
            QVERIFY2(theme == QStringLiteral("dark") ? lightness < 60 : lightness > 180, qPrintable(theme));
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
                QVERIFY(fixture.app().settings().set(SettingKey::Language, language));
                QTRY_COMPARE(navigationLabels(window).constFirst(), titles.value(language).constFirst());
                for (auto page : {MainWindow::Page::Guide, MainWindow::Page::Dashboard, MainWindow::Page::Connect,
                         MainWindow::Page::Overlays, MainWindow::Page::Settings}) {
                    window->showPage(page);
                    QCOMPARE(title->text(), titles.value(language).value(int(page)));
                    AppFixture::screenshot(window,
                        QStringLiteral("page-%1-%2-%3")
                            .arg(QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page)))
                                     .toLower(),
                                theme, language));
                }
            }
        }
    }

    void choosingFrench_retranslatesTheWindowAndIsKept()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        auto *language = window->settingsPage()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(language);
        language->setCurrentIndex(2);
        Q_EMIT language->activated(2);
        QTRY_COMPARE(navigationLabels(window).constFirst(), QStringLiteral("Tableau de bord"));
        QCOMPARE(fixture.app().settings().language(), QStringLiteral("fr"));
        QVERIFY(window->connectPage()
                    ->card(QStringLiteral("spotify"))
                    ->stateText()
                    .startsWith(QStringLiteral("Non connecté")));
        AppFixture::screenshot(window, QStringLiteral("connect-fr"));
        window->showPage(MainWindow::Page::Settings);
        AppFixture::screenshot(window, QStringLiteral("settings-fr"));

        language->setCurrentIndex(1);
        Q_EMIT language->activated(1);
        QTRY_COMPARE(navigationLabels(window).constFirst(), QStringLiteral("Dashboard"));
    }

    void startAtLogin_writesAndRemovesTheAutostartEntry()
    {
        QTemporaryDir config;
        const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        AppFixture fixture;
        auto *check
            = fixture.app().window()->settingsPage()->findChild<QCheckBox *>(QStringLiteral("startAtLoginCheck"));
        const QString entry = config.filePath(QStringLiteral("autostart/" MELODYHUE_APP_ID ".desktop"));
        check->setChecked(true);
        QVERIFY(fixture.app().settings().startAtLogin());
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY2(content.contains(QStringLiteral("--minimized --data-dir ")), qPrintable(content));
        QVERIFY(content.contains(fixture.dataDir()));
        file.close();
        check->setChecked(false);
        QVERIFY(!QFile::exists(entry));
        qputenv("XDG_CONFIG_HOME", previous);
    }

    void closingTheWindow_hidesItAndTheServerKeepsRunning()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // As soon as the tray is there (it may come after MelodyHue, as at login).
        QTRY_VERIFY_WITH_TIMEOUT(fixture.app().tray(), 20000);
        window->close();
        QVERIFY(!window->isVisible());
        QCOMPARE(httpRequest(fixture.port(), "GET", "/health").status, 200);
        Q_EMIT fixture.app().tray()->openRequested();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }

    void startingMinimized_showsOnlyTheTray()
    {
        AppFixture fixture(true);
        QVERIFY(fixture.started());
        QVERIFY(fixture.app().tray()->isVisible());
        QVERIFY(!fixture.app().window()->isVisible());
    }

    void secondLaunch_bringsTheWindowBack()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->close();
        QVERIFY(!window->isVisible());

        LaunchOptions again;
        again.dataDir = fixture.dataDir();
        again.port = 0;
        Application second(again);
        QCOMPARE(second.start(), std::optional<int>(0));
        QTRY_VERIFY(window->isVisible());
    }

    void newPortFromSettings_movesTheServer_busyPortIsExplained()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        auto *spin = window->settingsPage()->findChild<QSpinBox *>(QStringLiteral("portSpin"));
        auto *apply = window->settingsPage()->findChild<QPushButton *>(QStringLiteral("applyPortButton"));
        const quint16 original = fixture.port();

        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        spin->setValue(squatter.serverPort());
        QTest::mouseClick(apply, Qt::LeftButton);
        const QString busy = window->settingsPage()->errorShown(SettingKey::ServerPort);
        QVERIFY(busy.contains(QStringLiteral("already used")));
        // Said next to the port field: no "go to Settings" inside Settings.
        QVERIFY2(!busy.contains(QStringLiteral("Settings")), qPrintable(busy));
        QCOMPARE(fixture.port(), original);

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 freePort = probe.serverPort();
        probe.close();
        spin->setValue(freePort);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(fixture.port(), freePort);
        QVERIFY(window->settingsPage()->errorShown(SettingKey::ServerPort).isEmpty());
        QCOMPARE(fixture.app().settings().serverPort(), freePort);
        QCOMPARE(httpRequest(freePort, "GET", "/health").status, 200);
    }

    void newPort_warnsThatTheRedirectUriChanged()
    {
        AppFixture fixture;
        QVERIFY(waitForTask(fixture.app()
                                .services()
                                .account(QStringLiteral("spotify"))
                                ->setCredentials(QStringLiteral("0123456789abcdef0123456789abcdef"), std::nullopt))
                    .ok());
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 freePort = probe.serverPort();
        probe.close();
        window->settingsPage()->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(freePort);
        QTest::mouseClick(
            window->settingsPage()->findChild<QPushButton *>(QStringLiteral("applyPortButton")), Qt::LeftButton);
        QCOMPARE(fixture.port(), freePort);
        const QString notice = window->settingsPage()->errorShown(SettingKey::ServerPort);
        QVERIFY2(
            notice.contains(QStringLiteral("http://127.0.0.1:%1/callback/spotify").arg(freePort)), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("Spotify developer dashboard")));
    }

    void dialogs_doNotBlockTheEventLoop()
    {
        // A key from the keychain, which New key may replace.
        const QByteArray environmentKey = qgetenv("MELODYHUE_API_KEY");
        qunsetenv("MELODYHUE_API_KEY");
        const auto restore = qScopeGuard([&environmentKey] { qputenv("MELODYHUE_API_KEY", environmentKey); });
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        SettingsPage *settings = window->settingsPage();

        // The colour dialog opens and the test goes on: no nested event loop holds it.
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("colorButton")), Qt::LeftButton);
        auto *dialog = settings->findChild<QColorDialog *>(QStringLiteral("colorDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(httpRequest(fixture.port(), "GET", "/health").status, 200);
        dialog->setCurrentColor(QColor(QStringLiteral("#123456")));
        dialog->accept();
        QCOMPARE(fixture.app().settings().defaultOverlayColor(), QColor(QStringLiteral("#123456")));

        auto *newKey = settings->findChild<QPushButton *>(QStringLiteral("newKeyButton"));
        QTRY_VERIFY(newKey->isEnabled());
        QTest::mouseClick(newKey, Qt::LeftButton);
        auto *question = settings->findChild<QMessageBox *>(QStringLiteral("newKeyQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        question->button(QMessageBox::No)->click();
        QTRY_VERIFY(!settings->findChild<QMessageBox *>(QStringLiteral("newKeyQuestion")));
    }

    void busyPortAtStart_isShownInTheWindowWhichStaysOpen()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        LaunchOptions options;
        options.dataDir = dir.path();
        options.port = squatter.serverPort();
        Application app(options);
        QCOMPARE(app.start(), std::nullopt);
        QVERIFY(app.window()->banner()->text().contains(QStringLiteral("already used")));
        QVERIFY(app.tray()->toolTip().contains(QStringLiteral("already used")));
        AppFixture::screenshot(app.window(), QStringLiteral("port-in-use"));
    }

    void settingsOutputs_writeTheFilesForObs_andSayWhenTheFolderIsGone()
    {
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        OutputSettings *outputs = window->settingsPage()->outputSettings();
        QCOMPARE(outputs->statusText(), QStringLiteral("Off."));
        QTemporaryDir folder;
        outputs->chooseFolder(folder.path());
        QCOMPARE(fixture.app().settings().outputFolder(), folder.path());

        PlaybackState state;
        state.isPlaying = true;
        Track track;
        track.title = QStringLiteral("Instant Crush");
        track.artists = {QStringLiteral("Daft Punk"), QStringLiteral("Julian Casablancas")};
        state.track = track;
        fixture.app().nowPlaying().setState(state);
        QTRY_VERIFY(outputs->statusText().startsWith(QStringLiteral("Up to date in")));
        QFile line(QDir(folder.path()).filePath(QStringLiteral("now-playing.txt")));
        QVERIFY(line.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(line.readAll()), QStringLiteral("Daft Punk, Julian Casablancas — Instant Crush"));
        for (QWidget *parent = outputs->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                scroll->ensureWidgetVisible(outputs, 0, 40);
                break;
            }
        }
        AppFixture::screenshot(window, QStringLiteral("settings-outputs"));

        // A relative path is refused next to the field; the folder stays.
        outputs->chooseFolder(QStringLiteral("obs"));
        QVERIFY(outputs->errorText().contains(QStringLiteral("full path")));
        QCOMPARE(fixture.app().settings().outputFolder(), folder.path());

        // The drive is unplugged: the next change says so, with what to do.
        const QString gone = folder.path();
        folder.remove();
        track.title = QStringLiteral("Get Lucky");
        state.track = track;
        fixture.app().nowPlaying().setState(state);
        QTRY_VERIFY(outputs->statusText().contains(QStringLiteral("is not there")));
        QVERIFY(outputs->statusText().contains(QStringLiteral("Settings → Outputs")));
        QVERIFY(!QFile::exists(gone));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The Overlays page as a user drives it: the overlays listed with a live thumbnail, a new one
// from a template, the live editor (changes saved as they check out, errors next to their
// field), duplicate, delete with undo, the OBS URL copied with its size, the preview window.

#include "support/appfixture.h"
#include "support/fakeobs.h"
#include "support/rawhttp.h"
#include "support/waitfortask.h"

#include "gui/mainwindow.h"
#include "gui/overlays/addtoobsdialog.h"
#include "gui/overlays/livepreview.h"
#include "gui/overlays/overlayeditor.h"
#include "gui/overlays/overlayoptionsform.h"
#include "gui/overlays/overlaypreview.h"
#include "gui/overlays/overlayrow.h"
#include "gui/overlays/sourceeditor.h"
#include "gui/pages/obssettings.h"
#include "gui/pages/overlayspage.h"
#include "gui/pages/settingspage.h"
#include "gui/widgets/elidedlabel.h"
#include "gui/widgets/statusline.h"
#include "i18n/languageswitcher.h"
#include "obs/obslink.h"
#include "overlays/overlaystore.h"
#include "server/api/livefeed.h"
#include "server/localserver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

class TestOverlaysPage : public QObject
{
    Q_OBJECT

private:
    static OverlaysPage *page(const AppFixture &fixture)
    {
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Overlays);
        return window->overlaysPage();
    }

    static QLabel *visibleError(QWidget *parent)
    {
        for (QLabel *label : parent->findChildren<QLabel *>()) {
            if (label->property("error").toBool() && label->isVisible() && !label->text().isEmpty())
                return label;
        }
        return nullptr;
    }

private Q_SLOTS:
    void thePage_listsTheOverlays()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        QCOMPARE(overlays->rows().size(), 1);
        QCOMPARE(overlays->rows().constFirst()->overlay().name, QStringLiteral("Now playing"));
        AppFixture::screenshot(fixture.app().window(), QStringLiteral("overlays"));
    }

    void aNewOverlay_opensInTheEditor_andChangesApplyLive()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        overlays->createOverlay(QStringLiteral("minimal"));
        QCOMPARE(overlays->rows().size(), 2);
        auto *editor = fixture.app().window()->findChild<OverlayEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        const QString id = editor->overlayId();
        QCOMPARE(fixture.app().overlays().find(id)->templateName, QStringLiteral("minimal"));

        auto *name = editor->findChild<QLineEdit *>();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Lower third"));
        QTRY_COMPARE(fixture.app().overlays().find(id)->name, QStringLiteral("Lower third"));
        QCOMPARE(overlays->rows().last()->overlay().name, QStringLiteral("Lower third"));

        auto *width = editor->findChild<OverlayOptionsForm *>()->findChildren<QSpinBox *>().constFirst();
        width->setValue(1280);
        editor->applyNow();
        QCOMPARE(fixture.app().overlays().find(id)->options.width, 1280);
        AppFixture::screenshot(editor, QStringLiteral("overlay-editor"));

        // An empty name is explained next to the field, and nothing is saved.
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        editor->applyNow();
        QLabel *error = visibleError(editor);
        QVERIFY(error);
        QVERIFY(error->text().startsWith(QStringLiteral("name:")));
        QCOMPARE(fixture.app().overlays().find(id)->name, QStringLiteral("Lower third"));

        // Revert puts back the overlay as it was when the editor opened.
        for (QPushButton *button : editor->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Revert"))
                button->click();
        }
        QTRY_COMPARE(fixture.app().overlays().find(id)->name, QStringLiteral("One line"));
        QCOMPARE(fixture.app().overlays().find(id)->options.width, 900);
    }

    void aCustomOverlay_isEditedAsHtmlAndCss()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        overlays->duplicate(QStringLiteral("now-playing"), true);
        auto *editor = fixture.app().window()->findChild<OverlayEditor *>();
        QVERIFY(editor);
        const QString id = editor->overlayId();
        QCOMPARE(fixture.app().overlays().find(id)->templateName, QStringLiteral("custom"));
        auto *source = editor->findChild<SourceEditor *>();
        QVERIFY(source->isVisible());
        QVERIFY(source->html().contains(QStringLiteral("data-mh=\"title\"")));

        auto *html = source->findChild<QPlainTextEdit *>(QStringLiteral("html"));
        html->setPlainText(QStringLiteral("<h1 data-mh=\"title\">{{title}}</h1> {{token}}"));
        editor->applyNow();
        QLabel *error = visibleError(source);
        QVERIFY(error);
        QVERIFY(error->text().contains(QStringLiteral("{{token}}")));
        QVERIFY(fixture.app().overlays().find(id)->html.contains(QStringLiteral("mh-card")));

        html->setPlainText(QStringLiteral("<h1 data-mh=\"title\">{{title}}</h1>"));
        editor->applyNow();
        QVERIFY(!visibleError(source));
        QCOMPARE(fixture.app().overlays().find(id)->html, QStringLiteral("<h1 data-mh=\"title\">{{title}}</h1>"));
        const QByteArray page = httpRequest(fixture.port(), "GET", "/overlay/" + id.toLatin1()).body;
        QVERIFY(page.contains("<h1 data-mh=\"title\">"));
        QVERIFY(source->warnings().isEmpty());

        // Checked as it is typed, each warning with its line; saved all the same.
        const QString unbalanced = QStringLiteral("<div class=\"mh-card\">\n  <span>{{title}}\n</div>");
        html->setPlainText(unbalanced);
        QTRY_COMPARE(
            source->warnings(), QStringList{QStringLiteral("HTML, line 2: <span> is not closed before </div>.")});
        auto *css = source->findChild<QPlainTextEdit *>(QStringLiteral("css"));
        css->setPlainText(QStringLiteral(".mh-card {\n  color: {{text_color}};\n"));
        QTRY_COMPARE(source->warnings().size(), 2);
        QCOMPARE(source->warnings().at(1), QStringLiteral("CSS, line 1: This \"{\" is not closed with \"}\"."));
        QCOMPARE(html->extraSelections().size(), 1);
        QCOMPARE(html->extraSelections().constFirst().cursor.blockNumber(), 1);
        editor->applyNow();
        QCOMPARE(fixture.app().overlays().find(id)->html, unbalanced);
        AppFixture::screenshot(editor, QStringLiteral("overlay-editor-custom"));
    }

    void copyObsUrl_copiesTheAddress_andSaysHowToAddIt()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        overlays->copyUrl(QStringLiteral("now-playing"));
        const QString url = QStringLiteral("http://127.0.0.1:%1/overlay/now-playing").arg(fixture.port());
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
        QVERIFY(overlays->statusText().contains(QStringLiteral("Width to 640 and Height to 200")));
        QVERIFY(overlays->statusText().contains(QStringLiteral("No access to OBS")));
        {
            // Said before the language changes, read in the new one.
            LanguageSwitcher language;
            language.apply(QStringLiteral("fr"));
            const auto backToEnglish = qScopeGuard([&language] { language.apply(QStringLiteral("en")); });
            QTRY_VERIFY2(overlays->statusText().startsWith(url + QStringLiteral(" est copiée.")),
                qPrintable(overlays->statusText()));
        }
        QTRY_VERIFY(overlays->statusText().startsWith(QStringLiteral("Copied ")));
    }

    void theEditor_showsTheOverlayLive_andEachChange()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        OverlayEditor *editor = overlays->openEditor(QStringLiteral("now-playing"));
        QVERIFY(editor);
        LivePreview *live = editor->livePreview();
        if (OverlayPreview::helperPath().isEmpty()) {
            // A build without the helper (the sanitizers' build): the preview says why instead.
            QVERIFY2(live->problem().contains(QStringLiteral("melodyhue-preview")), qPrintable(live->problem()));
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(live->pictures() > 0, 60000);
        QVERIFY2(live->problem().isEmpty(), qPrintable(live->problem()));
        // The page listens for changes (its WebSocket is up) before the edit.
        QTRY_VERIFY_WITH_TIMEOUT(fixture.app().server().liveFeed().clientCount() > 0, 30000);
        const QImage before = live->picture();
        AppFixture::screenshot(editor, QStringLiteral("overlay-editor-live"));
        // An edit: the page takes the colour shown while nothing plays.
        const auto edited = fixture.app().overlays().update(QStringLiteral("now-playing"),
            QJsonObject{{QStringLiteral("options"),
                QJsonObject{{QStringLiteral("fallback_color"), QStringLiteral("#00c853")},
                    {QStringLiteral("background"), QStringLiteral("color")}}}});
        QVERIFY2(edited, qPrintable(edited.errorMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(live->picture() != before, 20000);
        const QImage after = live->picture();
        QCOMPARE(after.pixelColor(after.width() / 2, after.height() - 2).name(), QStringLiteral("#00c853"));
        AppFixture::screenshot(editor, QStringLiteral("overlay-editor-live-edited"));
    }

    void theEditor_saysWhyThereIsNoLivePreview()
    {
        qputenv("MELODYHUE_PREVIEW_HELPER", "/nonexistent/melodyhue-preview");
        const auto unset = qScopeGuard([] { qunsetenv("MELODYHUE_PREVIEW_HELPER"); });
        AppFixture fixture;
        OverlayEditor *editor = page(fixture)->openEditor(QStringLiteral("now-playing"));
        QVERIFY(editor);
        QTRY_VERIFY2(editor->livePreview()->problem().startsWith(QStringLiteral("The live preview could not start")),
            qPrintable(editor->livePreview()->problem()));
    }

    void aDeletedOverlay_comesBackWithUndo()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        overlays->remove(QStringLiteral("now-playing"));
        QCOMPARE(overlays->rows().size(), 0);
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlay/now-playing").status, 404);
        QVERIFY(overlays->undoText().contains(QStringLiteral("Now playing")));
        overlays->undoRemove();
        QCOMPARE(overlays->rows().size(), 1);
        QVERIFY(overlays->undoText().isEmpty());
        // The same address again: OBS sources find it where they left it.
        QCOMPARE(httpRequest(fixture.port(), "GET", "/overlay/now-playing").status, 200);
    }

    void aDuplicate_isAddedToTheList()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        overlays->duplicate(QStringLiteral("now-playing"), false);
        QCOMPARE(overlays->rows().size(), 2);
        QCOMPARE(overlays->rows().last()->overlay().name, QStringLiteral("Now playing (copy)"));
        QVERIFY(overlays->statusText().contains(QStringLiteral("Now playing (copy)")));
    }

    void addToObs_putsTheOverlayInTheChosenScene()
    {
        FakeObs obs(QStringLiteral("obs-pass"));
        AppFixture fixture;
        QVERIFY(waitForTask(fixture.app().obs().configure(obs.url().toString(), QStringLiteral("obs-pass"))));
        OverlaysPage *overlays = page(fixture);
        AddToObsDialog *dialog = overlays->addToObs(QStringLiteral("now-playing"));
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->sceneCombo()->count(), 3);
        QCOMPARE(dialog->sceneCombo()->currentText(), QStringLiteral("Gameplay"));
        dialog->sceneCombo()->setCurrentIndex(dialog->sceneCombo()->findText(QStringLiteral("Just chatting")));
        AppFixture::screenshot(dialog, QStringLiteral("overlay-add-to-obs"));
        dialog->add();
        QTRY_VERIFY(obs.inputs.contains(QStringLiteral("MelodyHue: Now playing")));
        QCOMPARE(obs.sceneItems.value(QStringLiteral("Just chatting")),
            QStringList{QStringLiteral("MelodyHue: Now playing")});
        QTRY_VERIFY(overlays->statusText().contains(QStringLiteral("is in OBS")));
    }

    void addToObs_isAButtonOnEachOverlay_andEnterAdds()
    {
        FakeObs obs(QStringLiteral("obs-pass"));
        AppFixture fixture;
        QVERIFY(waitForTask(fixture.app().obs().configure(obs.url().toString(), QStringLiteral("obs-pass"))));
        OverlaysPage *overlays = page(fixture);
        OverlayRow *row = overlays->rows().constFirst();
        QVERIFY(row->addToObsButton()->isVisible());
        QCOMPARE(row->addToObsButton()->accessibleName(), QStringLiteral("Add Now playing to OBS"));
        QTest::mouseClick(row->addToObsButton(), Qt::LeftButton);
        auto *dialog = fixture.app().window()->findChild<AddToObsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_COMPARE(dialog->sceneCombo()->count(), 3);
        // Enter adds (the main action is the default button), wherever the focus was left.
        QTRY_VERIFY(dialog->sceneCombo()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(obs.inputs.contains(QStringLiteral("MelodyHue: Now playing")));
        QCOMPARE(
            obs.sceneItems.value(QStringLiteral("Gameplay")), QStringList{QStringLiteral("MelodyHue: Now playing")});
    }

    void thePage_fitsTheWindow_withAnyNumberOfOverlays_inEnglishAndFrench()
    {
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        MainWindow *window = fixture.app().window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QScrollArea *area = nullptr;
        for (QScrollArea *candidate : window->findChildren<QScrollArea *>()) {
            if (candidate->widget() == overlays)
                area = candidate;
        }
        QVERIFY(area);
        const QString longName = QStringLiteral("Lower third for the Sunday chill stream with the big cover and the "
                                                "colours of the album, second version");
        LanguageSwitcher language;
        const auto backToEnglish = qScopeGuard([&language] { language.apply(QStringLiteral("en")); });
        for (const int count : {1, 10}) {
            while (overlays->rows().size() < count)
                overlays->createOverlay(QStringLiteral("minimal"));
            for (QWidget *editor : fixture.app().window()->findChildren<OverlayEditor *>())
                editor->close();
            if (count == 10) {
                QVERIFY(fixture.app().overlays().update(
                    overlays->rows().last()->overlay().id, QJsonObject{{QStringLiteral("name"), longName}}));
            }
            for (const QString &code : {QStringLiteral("en"), QStringLiteral("fr")}) {
                language.apply(code);
                for (const QSize size : {QSize(880, 620), window->minimumSize()}) {
                    window->resize(size);
                    QTRY_COMPARE(window->size(), size);
                    QCoreApplication::processEvents();
                    const QString where = QStringLiteral("%1 overlays, %2, %3×%4")
                                              .arg(count)
                                              .arg(code)
                                              .arg(size.width())
                                              .arg(size.height());
                    QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(where));
                    const int right = area->viewport()->width();
                    for (OverlayRow *row : overlays->rows()) {
                        const QList<QWidget *> buttons{
                            row->addToObsButton(), row->copyButton(), row->editButton(), row->moreButton()};
                        for (QWidget *button : buttons) {
                            const QRect shown(button->mapTo(area->viewport(), QPoint(0, 0)), button->size());
                            QVERIFY2(button->isVisible() && shown.right() < right,
                                qPrintable(QStringLiteral("%1: \"%2\" ends at %3 of %4")
                                               .arg(where, button->accessibleName())
                                               .arg(shown.right())
                                               .arg(right)));
                            QTRY_VERIFY2(button->width() >= button->sizeHint().width(),
                                qPrintable(
                                    QStringLiteral("%1: \"%2\" is squeezed").arg(where, button->accessibleName())));
                        }
                    }
                    if (count == 10 && size == window->minimumSize())
                        AppFixture::screenshot(window, QStringLiteral("overlays-ten-small-") + code);
                }
            }
            language.apply(QStringLiteral("en"));
        }
        // A long name is cut with "…", whole in its tooltip.
        OverlayRow *last = overlays->rows().last();
        QVERIFY(last->shownName().endsWith(QStringLiteral("…")));
        QVERIFY(last->findChild<ElidedLabel *>()->toolTip() == longName);
    }

    void addToObs_saysWhatToDoWhenObsIsNotThere()
    {
        FakeObs obs;
        const QString url = obs.url().toString();
        obs.stop();
        AppFixture fixture;
        QVERIFY(waitForTask(fixture.app().obs().configure(url, std::nullopt)));
        AddToObsDialog *dialog = page(fixture)->addToObs(QStringLiteral("now-playing"));
        QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("Enable WebSocket server")));
        QCOMPARE(dialog->sceneCombo()->count(), 0);
    }

    void anObsWithoutBrowserSource_isSaid_whereTheUserLooks()
    {
        FakeObs obs;
        obs.inputKinds.removeAll(QStringLiteral("browser_source"));
        AppFixture fixture;
        QVERIFY(waitForTask(fixture.app().obs().configure(obs.url().toString(), std::nullopt)));
        AddToObsDialog *dialog = page(fixture)->addToObs(QStringLiteral("now-playing"));
        QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("Flathub")));
        QVERIFY(!dialog->addButton()->isEnabled());
        QCOMPARE(dialog->sceneCombo()->count(), 0);
        AppFixture::screenshot(dialog, QStringLiteral("overlay-add-to-obs-no-browser-source"));
        dialog->close();

        ObsSettings *settings = fixture.app().window()->settingsPage()->obsSettings();
        settings->test();
        QTRY_VERIFY(settings->statusText().contains(QStringLiteral("Its scenes")));
        QVERIFY(settings->statusText().contains(QStringLiteral("no Browser source")));
        QVERIFY(settings->statusLabel()->property("error").toBool());
    }

    void settingsObs_triesTheConnection()
    {
        FakeObs obs(QStringLiteral("obs-pass"));
        AppFixture fixture;
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        ObsSettings *settings = window->settingsPage()->obsSettings();
        settings->addressEdit()->setText(obs.url().toString());
        Q_EMIT settings->addressEdit()->editingFinished();
        QTRY_COMPARE(fixture.app().obs().address(), obs.url());

        settings->test();
        QTRY_VERIFY(settings->statusText().contains(QStringLiteral("asks for a password")));
        settings->passwordEdit()->setText(QStringLiteral("obs-pass"));
        settings->savePassword();
        QTRY_VERIFY(settings->statusText().contains(QStringLiteral("in the keychain")));
        QVERIFY(settings->passwordEdit()->text().isEmpty());
        settings->test();
        QTRY_VERIFY2(
            settings->statusText().contains(QStringLiteral("Its scenes: Starting soon, Gameplay, Just chatting.")),
            qPrintable(settings->statusText()));
        {
            // Said before the language changes, read in the new one.
            LanguageSwitcher language;
            language.apply(QStringLiteral("fr"));
            const auto backToEnglish = qScopeGuard([&language] { language.apply(QStringLiteral("en")); });
            QTRY_VERIFY2(settings->statusText().startsWith(QStringLiteral("Connecté à OBS")),
                qPrintable(settings->statusText()));
        }
        QTRY_VERIFY(settings->statusText().startsWith(QStringLiteral("Connected to OBS")));
        for (QWidget *parent = settings->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                scroll->ensureWidgetVisible(settings, 0, 40);
                break;
            }
        }
        AppFixture::screenshot(window, QStringLiteral("settings-obs"));
    }

    void settingsObs_theResultShowsBesideTheButton_andThePageStaysWhereItIs()
    {
        FakeObs obs;
        AppFixture fixture;
        QVERIFY(waitForTask(fixture.app().obs().configure(obs.url().toString(), std::nullopt)));
        MainWindow *window = fixture.app().window();
        window->showPage(MainWindow::Page::Settings);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ObsSettings *settings = window->settingsPage()->obsSettings();
        QScrollArea *area = nullptr;
        for (QWidget *parent = settings->parentWidget(); parent && !area; parent = parent->parentWidget())
            area = qobject_cast<QScrollArea *>(parent);
        QVERIFY(area);
        area->ensureWidgetVisible(settings->testButton(), 0, 80);
        const int scrolled = area->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QTest::mouseClick(settings->testButton(), Qt::LeftButton);
        QTRY_VERIFY(settings->statusText().contains(QStringLiteral("Its scenes")));
        QCOMPARE(area->verticalScrollBar()->value(), scrolled);
        QVERIFY(!settings->statusLabel()->visibleRegion().isEmpty());
        QVERIFY(!settings->testButton()->visibleRegion().isEmpty());
        // The button that was clicked keeps the keyboard's place.
        QCOMPARE(window->focusWidget(), settings->testButton());
    }

    void preview_opensTheHelperWindow()
    {
        if (OverlayPreview::helperPath().isEmpty())
            QSKIP("This build has no melodyhue-preview (MELODYHUE_BUILD_PREVIEW is off).");
        AppFixture fixture;
        OverlaysPage *overlays = page(fixture);
        overlays->showPreview(QStringLiteral("now-playing"));
        QVERIFY2(overlays->statusText().isEmpty(), qPrintable(overlays->statusText()));
        QVERIFY(overlays->preview().isShowing());
    }
};

QTEST_MAIN(TestOverlaysPage)
#include "tst_overlayspage.moc"

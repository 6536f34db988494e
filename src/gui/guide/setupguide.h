#pragma once

#include "gui/guiservices.h"

#include <QUrl>
#include <QWidget>

class Card;
class DoneStep;
class ObsSettings;
class OverlayStep;
class QLabel;
class QPushButton;
class SpotifyStep;

// From install to an overlay in OBS, in four steps in the window: Spotify, OBS, an overlay, done.
// Shown on a first start and from the Dashboard until it is done; each step can be skipped, and
// the guide opens again where it was left (the `setup_guide` setting).
class SetupGuide : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Spotify, Obs, Overlay, Done };
    Q_ENUM(Step)

    SetupGuide(const GuiServices &services, QWidget *parent = nullptr);

    void setServerBaseUrl(const QUrl &baseUrl);
    Step step() const;
    void showStep(Step step);
    // The step the guide was left on.
    static Step savedStep(const Settings &settings);
    static bool isDone(const Settings &settings);

    // For tests and assistive technology.
    SpotifyStep *spotifyStep() const { return m_spotify; }
    ObsSettings *obsStep() const { return m_obs; }
    OverlayStep *overlayStep() const { return m_overlay; }
    DoneStep *doneStep() const { return m_done; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *laterButton() const { return m_later; }
    QString title() const;

Q_SIGNALS:
    // The user leaves the guide: for later ("Finish later"), or done.
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void focusStep();
    bool stepComplete() const;
    void goNext();
    void retranslate();
    void refreshButtons();

    GuiServices m_services;
    QLabel *m_progress;
    Card *m_panel;
    QList<QWidget *> m_steps;
    Step m_step = Step::Spotify;
    SpotifyStep *m_spotify;
    ObsSettings *m_obs;
    OverlayStep *m_overlay;
    DoneStep *m_done;
    QPushButton *m_later;
    QPushButton *m_back;
    QPushButton *m_next;
    bool m_obsConnected = false;
};

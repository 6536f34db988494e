#pragma once

#include "obs/obslink.h"
#include "overlays/overlay.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QPushButton;
class StatusLine;

// "Add to OBS": asks OBS for its scenes, lets the user pick one, and puts the overlay there as a
// browser source at its size (or updates the one already there). What goes wrong (OBS not
// running, a wrong password) shows in the dialog with what to do.
class AddToObsDialog : public QDialog
{
    Q_OBJECT

public:
    AddToObsDialog(ObsLink &obs, const Overlay &overlay, const QUrl &url, QWidget *parent = nullptr);

    // For tests.
    QComboBox *sceneCombo() const { return m_scenes; }
    QPushButton *addButton() const { return m_add; }
    QString statusText() const;
    void add();
    void loadScenes();
    // "“…” is in OBS, in the scene “…”.": the one sentence for an overlay placed in OBS.
    static QString placedMessage(const ObsLink::Placement &placed);
    // Why an overlay cannot go into OBS while the local server does not run, and what to do.
    static QString noServerMessage();

Q_SIGNALS:
    // The overlay is in OBS (placedMessage() says so).
    void added(const ObsLink::Placement &placed);

private:
    void showStatus(const QString &text, bool error);

    ObsLink &m_obs;
    Overlay m_overlay;
    QUrl m_url;
    QLabel *m_intro;
    QComboBox *m_scenes;
    StatusLine *m_status;
    QPushButton *m_retry;
    QPushButton *m_add;
};

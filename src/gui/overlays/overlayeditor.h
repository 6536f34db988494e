#pragma once

#include "overlays/overlay.h"

#include <QDialog>
#include <QTimer>
#include <QUrl>

class LivePreview;
class OverlayOptionsForm;
class OverlayStore;
class QLabel;
class QLineEdit;
class QPushButton;
class SourceEditor;

// Edits one overlay live: each change that checks out is saved a moment after the last
// keystroke, and the pages showing the overlay (OBS, the preview) load it again. A change that
// does not check out is explained next to its field and saved only once it does. "Revert"
// puts back the overlay as it was when the editor opened.
class OverlayEditor : public QDialog
{
    Q_OBJECT

public:
    OverlayEditor(OverlayStore &overlays, const Overlay &overlay, QWidget *parent = nullptr);

    QString overlayId() const { return m_original.id; }
    // Saves what is pending now rather than after the pause.
    void applyNow();
    QString statusText() const;
    // Shows the overlay live at the top, from its address on the local server.
    void showLive(const QUrl &url);
    LivePreview *livePreview() const { return m_live; }

Q_SIGNALS:
    void previewRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply();
    void revert();
    void showError(const QString &message);

    OverlayStore &m_overlays;
    Overlay m_original;
    QTimer m_pause;
    LivePreview *m_live;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_templateLabel;
    QLabel *m_optionsTitle;
    OverlayOptionsForm *m_options;
    QLabel *m_sourceTitle;
    SourceEditor *m_source;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_revert;
    QPushButton *m_done;
};

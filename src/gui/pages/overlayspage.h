#pragma once

#include "gui/guiservices.h"
#include "overlays/overlay.h"

#include <QImage>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <optional>

class AddToObsDialog;
class Card;
class ColorSwatch;
class CopyField;
class OverlayEditor;
class OverlayPreview;
class OverlayRow;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class StatusLine;

// Overlays: the user's overlays for OBS (new from a template, edit, duplicate, delete with
// undo, preview, copy the URL), then the JSON addresses that programs read.
class OverlaysPage : public QWidget
{
    Q_OBJECT

public:
    OverlaysPage(const GuiServices &services, QWidget *parent = nullptr);
    ~OverlaysPage() override;

    void setServerStatus(const QUrl &baseUrl, const QString &problem);

    // For tests and the tray.
    QList<OverlayRow *> rows() const { return m_rows; }
    QString statusText() const;
    QString undoText() const;
    OverlayEditor *openEditor(const QString &id);
    void createOverlay(const QString &templateName);
    void copyUrl(const QString &id);
    void duplicate(const QString &id, bool asCustom);
    void remove(const QString &id);
    void undoRemove();
    void showPreview(const QString &id);
    AddToObsDialog *addToObs(const QString &id);
    QUrl overlayUrl(const QString &id) const;
    const OverlayPreview &preview() const { return *m_preview; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void rebuildRows();
    void refreshLook();

    GuiServices m_services;
    QUrl m_baseUrl;
    OverlayPreview *m_preview;
    Card *m_overlaysCard;
    QLabel *m_overlaysIntro;
    QToolButton *m_new;
    QVBoxLayout *m_rowsLayout;
    QList<OverlayRow *> m_rows;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QTimer m_undoTimer;
    std::optional<Overlay> m_removed;
    StatusLine *m_status;

    Card *m_endpointsCard;
    QLabel *m_intro;
    QLabel *m_colorLabel;
    CopyField *m_colorUrl;
    QLabel *m_infosLabel;
    CopyField *m_infosUrl;
    QLabel *m_liveLabel;
    ColorSwatch *m_swatch;
    QLabel *m_obsHint;
};

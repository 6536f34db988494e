#pragma once

#include "overlays/overlay.h"

#include <QWidget>

class OverlayThumbnail;
class QLabel;
class QPushButton;
class QToolButton;

// One overlay in the Overlays page: its live thumbnail, its name and template, and what can be
// done with it.
class OverlayRow : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayRow(const Overlay &overlay, QWidget *parent = nullptr);

    void setOverlay(const Overlay &overlay);
    const Overlay &overlay() const { return m_overlay; }
    OverlayThumbnail *thumbnail() const { return m_thumbnail; }

Q_SIGNALS:
    void copyUrlRequested(const QString &id);
    void previewRequested(const QString &id);
    void editRequested(const QString &id);
    void duplicateRequested(const QString &id, bool asCustom);
    void addToObsRequested(const QString &id);
    void deleteRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Overlay m_overlay;
    OverlayThumbnail *m_thumbnail;
    QLabel *m_name;
    QLabel *m_details;
    QPushButton *m_copy;
    QPushButton *m_preview;
    QPushButton *m_edit;
    QToolButton *m_more;
    QAction *m_addToObs;
    QAction *m_duplicate;
    QAction *m_duplicateAsCustom;
    QAction *m_delete;
};

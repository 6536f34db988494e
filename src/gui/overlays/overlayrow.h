#pragma once

#include "overlays/overlay.h"

#include <QWidget>

class ElidedLabel;
class OverlayThumbnail;
class QGridLayout;
class QHBoxLayout;
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
    QPushButton *addToObsButton() const { return m_addToObs; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *editButton() const { return m_edit; }
    QToolButton *moreButton() const { return m_more; }
    QString shownName() const;

Q_SIGNALS:
    void copyUrlRequested(const QString &id);
    void previewRequested(const QString &id);
    void editRequested(const QString &id);
    void duplicateRequested(const QString &id, bool asCustom);
    void addToObsRequested(const QString &id);
    void deleteRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void placeActions();

    Overlay m_overlay;
    OverlayThumbnail *m_thumbnail;
    ElidedLabel *m_name;
    QLabel *m_details;
    QPushButton *m_addToObs;
    QPushButton *m_copy;
    QPushButton *m_edit;
    QToolButton *m_more;
    QGridLayout *m_layout;
    QWidget *m_actionsBox;
    QHBoxLayout *m_actions;
    QAction *m_preview;
    QAction *m_duplicate;
    QAction *m_duplicateAsCustom;
    QAction *m_delete;
};

#pragma once

#include "gui/guiservices.h"

#include <QWidget>

class OverlayThumbnail;
class QLabel;

// The guide's last step: where the overlay went in OBS, and the overlay as it looks now with the
// track that plays (or what to do for a track to appear).
class DoneStep : public QWidget
{
    Q_OBJECT

public:
    DoneStep(const GuiServices &services, QWidget *parent = nullptr);

    // The overlay the guide put into OBS and where, or none when that step was skipped.
    void setOverlay(const QString &overlayId, const QString &placedMessage);
    QString playingText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    GuiServices m_services;
    QString m_overlayId;
    QString m_placed;
    QLabel *m_where;
    OverlayThumbnail *m_thumbnail;
    QLabel *m_playing;
    QLabel *m_next;
};

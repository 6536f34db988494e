#pragma once

#include "gui/guiservices.h"

#include <QUrl>
#include <QWidget>

class Card;
class ColorSwatch;
class CopyField;
class QLabel;

// Overlays: what OBS and other programs can read from MelodyHue today, with the live colour.
class OverlaysPage : public QWidget
{
    Q_OBJECT

public:
    OverlaysPage(const GuiServices &services, QWidget *parent = nullptr);

    void setServerStatus(const QUrl &baseUrl, const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    GuiServices m_services;
    QUrl m_baseUrl;
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

#pragma once

#include "gui/guiservices.h"

#include <QUrl>
#include <QWidget>

class Card;
class ColorSwatch;
class QLabel;

// What MelodyHue is doing now: the music and its colour, and the local server.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(const GuiServices &services, QWidget *parent = nullptr);

    void setServerStatus(const QUrl &baseUrl, const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshNowPlaying();
    void refreshServer();

    GuiServices m_services;
    QUrl m_baseUrl;
    QString m_serverProblem;
    Card *m_nowPlayingCard;
    QLabel *m_trackLabel;
    QLabel *m_colorNote;
    ColorSwatch *m_swatch;
    Card *m_serverCard;
    QLabel *m_serverDot;
    QLabel *m_serverLabel;
};

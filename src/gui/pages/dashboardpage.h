#pragma once

#include "gui/guiservices.h"

#include <QUrl>
#include <QWidget>

class Card;
class DrivesCard;
class LikedTracksCard;
class NowPlayingCard;
class QLabel;

// What MelodyHue is doing now: the music and its colour, the library of liked tracks and its
// sync, the drives it copies them to, and the local server.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(const GuiServices &services, QWidget *parent = nullptr);

    void setServerStatus(const QUrl &baseUrl, const QString &problem);
    NowPlayingCard *nowPlayingCard() const { return m_nowPlayingCard; }
    LikedTracksCard *likedTracksCard() const { return m_likedTracksCard; }
    DrivesCard *drivesCard() const { return m_drivesCard; }

Q_SIGNALS:
    void connectRequested();
    // Settings → Paths, where music folders and drives are chosen.
    void pathsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshServer();

    GuiServices m_services;
    QUrl m_baseUrl;
    QString m_serverProblem;
    NowPlayingCard *m_nowPlayingCard;
    LikedTracksCard *m_likedTracksCard;
    DrivesCard *m_drivesCard;
    Card *m_serverCard;
    QLabel *m_serverDot;
    QLabel *m_serverLabel;
};

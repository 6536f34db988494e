#pragma once

#include "gui/guiservices.h"

#include <QWidget>

class DrivesCard;
class LikedTracksCard;
class NowPlayingCard;
class SessionsCard;
class SetupCard;

// What MelodyHue is doing now: the music and its colour, the library of liked tracks and its
// sync, the drives it copies them to, and the streams and recordings with their chapters. The
// local server is in Settings, with its port.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(const GuiServices &services, QWidget *parent = nullptr);

    NowPlayingCard *nowPlayingCard() const { return m_nowPlayingCard; }
    LikedTracksCard *likedTracksCard() const { return m_likedTracksCard; }
    DrivesCard *drivesCard() const { return m_drivesCard; }
    SetupCard *setupCard() const { return m_setupCard; }
    SessionsCard *sessionsCard() const { return m_sessionsCard; }

Q_SIGNALS:
    void connectRequested();
    // Settings → Paths, where music folders and drives are chosen.
    void pathsRequested();
    // Back to the setup guide, where it was left.
    void guideRequested();

private:
    GuiServices m_services;
    SetupCard *m_setupCard;
    NowPlayingCard *m_nowPlayingCard;
    LikedTracksCard *m_likedTracksCard;
    DrivesCard *m_drivesCard;
    SessionsCard *m_sessionsCard;
};

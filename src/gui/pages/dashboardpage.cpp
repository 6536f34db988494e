#include "gui/pages/dashboardpage.h"

#include "gui/guide/setupcard.h"
#include "gui/pages/drivescard.h"
#include "gui/pages/likedtrackscard.h"
#include "gui/pages/nowplayingcard.h"
#include "gui/pages/sessionscard.h"

#include <QVBoxLayout>

DashboardPage::DashboardPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_setupCard(new SetupCard(services.settings, this))
    , m_nowPlayingCard(new NowPlayingCard(services, this))
    , m_likedTracksCard(new LikedTracksCard(services, this))
    , m_drivesCard(new DrivesCard(services, this))
    , m_sessionsCard(new SessionsCard(services, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    connect(m_setupCard, &SetupCard::guideRequested, this, &DashboardPage::guideRequested);
    layout->addWidget(m_setupCard);
    connect(m_nowPlayingCard, &NowPlayingCard::connectRequested, this, &DashboardPage::connectRequested);
    layout->addWidget(m_nowPlayingCard);
    connect(m_likedTracksCard, &LikedTracksCard::connectRequested, this, &DashboardPage::connectRequested);
    layout->addWidget(m_likedTracksCard);
    connect(m_drivesCard, &DrivesCard::pathsRequested, this, &DashboardPage::pathsRequested);
    layout->addWidget(m_drivesCard);
    layout->addWidget(m_sessionsCard);
    layout->addStretch(1);
}

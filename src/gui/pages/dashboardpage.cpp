#include "gui/pages/dashboardpage.h"

#include "gui/pages/drivescard.h"
#include "gui/pages/likedtrackscard.h"
#include "gui/pages/nowplayingcard.h"
#include "gui/widgets/card.h"
#include "gui/widgets/statusdot.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DashboardPage::DashboardPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_nowPlayingCard(new NowPlayingCard(services, this))
    , m_likedTracksCard(new LikedTracksCard(services, this))
    , m_drivesCard(new DrivesCard(services, this))
    , m_serverCard(new Card(this))
    , m_serverDot(new QLabel(this))
    , m_serverLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    connect(m_nowPlayingCard, &NowPlayingCard::connectRequested, this, &DashboardPage::connectRequested);
    layout->addWidget(m_nowPlayingCard);
    connect(m_likedTracksCard, &LikedTracksCard::connectRequested, this, &DashboardPage::connectRequested);
    layout->addWidget(m_likedTracksCard);
    connect(m_drivesCard, &DrivesCard::pathsRequested, this, &DashboardPage::pathsRequested);
    layout->addWidget(m_drivesCard);

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverDot, 0, Qt::AlignTop);
    m_serverLabel->setWordWrap(true);
    m_serverLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_serverLabel->setOpenExternalLinks(true);
    serverRow->addWidget(m_serverLabel, 1);
    m_serverCard->body()->addLayout(serverRow);
    layout->addWidget(m_serverCard);
    layout->addStretch(1);

    retranslate();
}

void DashboardPage::setServerStatus(const QUrl &baseUrl, const QString &problem)
{
    m_baseUrl = baseUrl;
    m_serverProblem = problem;
    refreshServer();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_serverCard->setTitle(tr("Local server"));
    refreshServer();
}

void DashboardPage::refreshServer()
{
    StatusDot::paint(m_serverDot, m_serverProblem.isEmpty() && m_baseUrl.isValid() ? StatusDot::Good : StatusDot::Bad);
    if (!m_serverProblem.isEmpty()) {
        m_serverLabel->setText(m_serverProblem.toHtmlEscaped());
        return;
    }
    if (!m_baseUrl.isValid()) {
        m_serverLabel->setText(tr("Starting…"));
        return;
    }
    const QString base = m_baseUrl.toString();
    m_serverLabel->setText(
        tr("Serving on <a href=\"%1\">%1</a>. Only programs on this computer can reach it.").arg(base.toHtmlEscaped()));
}

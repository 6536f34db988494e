#include "gui/pages/dashboardpage.h"

#include "gui/widgets/card.h"
#include "gui/widgets/colorswatch.h"
#include "gui/widgets/statusdot.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/overlaycolors.h"
#include "settings/settings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DashboardPage::DashboardPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_nowPlayingCard(new Card(this))
    , m_trackLabel(new QLabel(this))
    , m_colorNote(new QLabel(this))
    , m_swatch(new ColorSwatch(this))
    , m_serverCard(new Card(this))
    , m_serverDot(new QLabel(this))
    , m_serverLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *nowPlayingRow = new QHBoxLayout;
    auto *nowPlayingText = new QVBoxLayout;
    m_trackLabel->setObjectName(u"trackTitle"_s);
    m_trackLabel->setWordWrap(true);
    m_colorNote->setWordWrap(true);
    nowPlayingText->addWidget(m_trackLabel);
    nowPlayingText->addWidget(m_colorNote);
    nowPlayingRow->addLayout(nowPlayingText, 1);
    nowPlayingRow->addWidget(m_swatch, 0, Qt::AlignVCenter);
    m_nowPlayingCard->body()->addLayout(nowPlayingRow);
    layout->addWidget(m_nowPlayingCard);

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverDot, 0, Qt::AlignTop);
    m_serverLabel->setWordWrap(true);
    m_serverLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_serverLabel->setOpenExternalLinks(true);
    serverRow->addWidget(m_serverLabel, 1);
    m_serverCard->body()->addLayout(serverRow);
    layout->addWidget(m_serverCard);
    layout->addStretch(1);

    connect(&m_services.nowPlaying, &NowPlaying::changed, this, &DashboardPage::refreshNowPlaying);
    connect(&m_services.settings, &Settings::changed, this, &DashboardPage::refreshNowPlaying);
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
    m_nowPlayingCard->setTitle(tr("Now playing"));
    m_serverCard->setTitle(tr("Local server"));
    refreshNowPlaying();
    refreshServer();
}

void DashboardPage::refreshNowPlaying()
{
    const PlaybackState &state = m_services.nowPlaying.state();
    const OverlayColors colors = OverlayColors::resolve(state, m_services.settings);
    m_swatch->setColor(colors.color);
    if (state.track) {
        m_trackLabel->setText(tr("%1 — %2").arg(state.track->title, state.track->artists.join(u", "_s)));
    } else {
        m_trackLabel->setText(tr("Nothing is playing"));
    }
    m_colorNote->setText(colors.fromCover
            ? tr("Overlays show the colour of the album cover.")
            : tr("Overlays show your default colour until music plays. Change it in Settings."));
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

#include "gui/pages/overlayspage.h"

#include "gui/widgets/card.h"
#include "gui/widgets/colorswatch.h"
#include "gui/widgets/copyfield.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/overlaycolors.h"
#include "settings/settings.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OverlaysPage::OverlaysPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_endpointsCard(new Card(this))
    , m_intro(new QLabel(this))
    , m_colorLabel(new QLabel(this))
    , m_colorUrl(new CopyField(this))
    , m_infosLabel(new QLabel(this))
    , m_infosUrl(new CopyField(this))
    , m_liveLabel(new QLabel(this))
    , m_swatch(new ColorSwatch(this))
    , m_obsHint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_intro->setWordWrap(true);
    m_endpointsCard->body()->addWidget(m_intro);
    auto *form = new QFormLayout;
    form->addRow(m_liveLabel, m_swatch);
    form->addRow(m_colorLabel, m_colorUrl);
    form->addRow(m_infosLabel, m_infosUrl);
    m_endpointsCard->body()->addLayout(form);
    m_obsHint->setWordWrap(true);
    m_obsHint->setObjectName(u"hint"_s);
    m_endpointsCard->body()->addWidget(m_obsHint);
    layout->addWidget(m_endpointsCard);
    layout->addStretch(1);

    connect(&m_services.nowPlaying, &NowPlaying::changed, this, &OverlaysPage::refresh);
    connect(&m_services.settings, &Settings::changed, this, &OverlaysPage::refresh);
    retranslate();
}

void OverlaysPage::setServerStatus(const QUrl &baseUrl, const QString &)
{
    m_baseUrl = baseUrl;
    refresh();
}

void OverlaysPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlaysPage::retranslate()
{
    m_endpointsCard->setTitle(tr("Live colour for OBS"));
    m_intro->setText(tr("These addresses answer with what plays and its colours, as JSON, to OBS "
                        "scripts, browser sources and any program on this computer."));
    m_liveLabel->setText(tr("Colour now:"));
    m_colorLabel->setText(tr("Colour:"));
    m_infosLabel->setText(tr("Track and palette:"));
    m_obsHint->setText(tr("In OBS, a script or a Browser source can read these addresses. Only programs "
                          "on this computer can reach them."));
    refresh();
}

void OverlaysPage::refresh()
{
    m_swatch->setColor(OverlayColors::resolve(m_services.nowPlaying.state(), m_services.settings).color);
    const bool serving = m_baseUrl.isValid();
    const QString base = m_baseUrl.toString();
    m_colorUrl->setText(serving ? base + u"/color"_s : tr("The local server is not running."));
    m_infosUrl->setText(serving ? base + u"/infos"_s : tr("The local server is not running."));
    m_colorUrl->setEnabled(serving);
    m_infosUrl->setEnabled(serving);
}

#include "gui/guide/donestep.h"

#include "gui/overlays/overlaythumbnail.h"
#include "nowplaying/nowplaying.h"
#include "overlays/overlaystore.h"
#include "settings/settings.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DoneStep::DoneStep(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_where(new QLabel(this))
    , m_thumbnail(new OverlayThumbnail(this))
    , m_playing(new QLabel(this))
    , m_next(new QLabel(this))
{
    m_where->setWordWrap(true);
    m_playing->setObjectName(u"guidePlaying"_s);
    m_playing->setWordWrap(true);
    m_playing->setTextFormat(Qt::PlainText);
    m_next->setWordWrap(true);
    m_next->setProperty("hint", true);
    m_thumbnail->setFixedSize(320, 180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_where);
    layout->addWidget(m_thumbnail);
    layout->addWidget(m_playing);
    layout->addWidget(m_next);
    layout->addStretch(1);
    connect(&m_services.nowPlaying, &NowPlaying::changed, this, &DoneStep::refresh);
    connect(&m_services.settings, &Settings::changed, this, &DoneStep::refresh);
    refresh();
}

void DoneStep::setOverlay(const QString &overlayId, const QString &placedMessage)
{
    m_overlayId = overlayId;
    m_placed = placedMessage;
    refresh();
}

QString DoneStep::playingText() const
{
    return m_playing->text();
}

void DoneStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DoneStep::refresh()
{
    const auto overlay = m_overlayId.isEmpty() ? Result<Overlay>(Error{}) : m_services.overlays.find(m_overlayId);
    m_thumbnail->setVisible(bool(overlay));
    if (overlay) {
        m_thumbnail->setOverlay(overlay.value());
        m_thumbnail->showPlaying(m_services.nowPlaying.state(), m_services.settings);
        m_where->setText(m_placed + u' ' + tr("OBS shows it as soon as that scene is on screen."));
    } else {
        m_where->setText(tr("MelodyHue is set up. Add an overlay to OBS whenever you like, from the Overlays page."));
    }
    const PlaybackState &state = m_services.nowPlaying.state();
    if (state.track && state.isPlaying) {
        m_playing->setText(
            tr("In the overlay now: %1 — %2").arg(state.track->title, state.track->artists.join(u", "_s)));
    } else {
        m_playing->setText(tr("Play a song in Spotify: the overlay shows it within seconds."));
    }
    m_next->setText(tr("The Overlays page has more looks, an editor and each overlay’s address. The Dashboard "
                       "shows what plays and your liked tracks."));
}

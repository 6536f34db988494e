#include "gui/pages/nowplayingcard.h"

#include "gui/widgets/colorswatch.h"
#include "gui/widgets/elidedlabel.h"
#include "gui/widgets/paintedpixmap.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/overlaycolors.h"
#include "nowplaying/playbackclock.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"
#include "util/workerthread.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainterPath>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int coverSide = 112;

QPixmap roundedCover(const QImage &image, const QColor &fallback, qreal ratio)
{
    return paintedPixmap(QSize(coverSide, coverSide), ratio, [&](QPainter &painter) {
        QPainterPath path;
        path.addRoundedRect(QRectF(0, 0, coverSide, coverSide), 10, 10);
        painter.setClipPath(path);
        if (!image.isNull()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(0, 0, coverSide, coverSide), image);
            return;
        }
        // No cover (a local file, an ad): the colour overlays show, with a note on it.
        painter.fillPath(path, fallback);
        QFont font = painter.font();
        font.setPixelSize(coverSide / 2);
        painter.setFont(font);
        painter.setPen(QColor(255, 255, 255, 200));
        painter.drawText(QRectF(0, 0, coverSide, coverSide), Qt::AlignCenter, u"♪"_s);
    });
}

// Runs on a worker thread: scaling the picture (decoded once, by the cover cache) never holds
// the window up.
QImage scaledForDisplay(const QImage &picture)
{
    if (picture.isNull())
        return {};
    return picture.scaled(coverSide * 2, coverSide * 2, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
}

} // namespace

NowPlayingCard::NowPlayingCard(const GuiServices &services, QWidget *parent)
    : Card(parent)
    , m_services(services)
    , m_pages(new QStackedLayout)
    , m_cover(new QLabel(this))
    , m_title(new ElidedLabel(this))
    , m_artists(new ElidedLabel(this))
    , m_album(new ElidedLabel(this))
    , m_source(new ElidedLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_duration(new QLabel(this))
    , m_emptyCover(new QLabel(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_connectButton(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(14);
    auto *trackRow = new QHBoxLayout;
    trackRow->setSpacing(16);
    m_cover->setFixedSize(coverSide, coverSide);
    trackRow->addWidget(m_cover, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    m_title->setObjectName(u"nowPlayingTitle"_s);
    m_artists->setObjectName(u"nowPlayingArtists"_s);
    m_album->setProperty("hint", true);
    m_source->setProperty("hint", true);
    text->addWidget(m_title);
    text->addWidget(m_artists);
    text->addWidget(m_album);
    text->addStretch(1);
    auto *progressRow = new QHBoxLayout;
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->setRange(0, 1000);
    m_elapsed->setProperty("hint", true);
    m_duration->setProperty("hint", true);
    progressRow->addWidget(m_elapsed);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_duration);
    text->addLayout(progressRow);
    text->addWidget(m_source);
    trackRow->addLayout(text, 1);
    detailsLayout->addLayout(trackRow);

    auto *paletteRow = new QGridLayout;
    paletteRow->setHorizontalSpacing(10);
    paletteRow->setVerticalSpacing(4);
    for (int i = 0; i < 4; ++i) {
        auto *swatch = new ColorSwatch(this);
        swatch->setSize({96, 34});
        swatch->setCopyable(true);
        auto *name = new QLabel(this);
        name->setProperty("hint", true);
        name->setAlignment(Qt::AlignHCenter);
        paletteRow->addWidget(swatch, 0, i, Qt::AlignLeft);
        paletteRow->addWidget(name, 1, i, Qt::AlignHCenter);
        m_swatches << swatch;
        m_swatchNames << name;
    }
    paletteRow->setColumnStretch(4, 1);
    detailsLayout->addLayout(paletteRow);
    m_pages->addWidget(details);

    auto *empty = new QWidget(this);
    auto *emptyRow = new QHBoxLayout(empty);
    emptyRow->setContentsMargins(0, 0, 0, 0);
    emptyRow->setSpacing(16);
    m_emptyCover->setFixedSize(coverSide, coverSide);
    emptyRow->addWidget(m_emptyCover, 0, Qt::AlignTop);
    auto *emptyText = new QVBoxLayout;
    m_emptyTitle->setObjectName(u"nowPlayingTitle"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setProperty("hint", true);
    emptyText->addWidget(m_emptyTitle);
    emptyText->addWidget(m_emptyText);
    emptyText->addSpacing(6);
    emptyText->addWidget(m_connectButton, 0, Qt::AlignLeft);
    emptyText->addStretch(1);
    emptyRow->addLayout(emptyText, 1);
    m_pages->addWidget(empty);
    body()->addLayout(m_pages);
    m_notice->setWordWrap(true);
    m_notice->setProperty("error", true);
    m_notice->setProperty("warning", true);
    m_notice->setVisible(false);
    body()->addWidget(m_notice);

    connect(m_connectButton, &QPushButton::clicked, this, &NowPlayingCard::connectRequested);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &NowPlayingCard::refreshProgress);
    connect(&m_services.nowPlaying, &NowPlaying::changed, this, &NowPlayingCard::refresh);
    connect(&m_services.settings, &Settings::changed, this, &NowPlayingCard::refresh);
    connect(&m_services.services, &ServiceRegistry::servicesChanged, this, &NowPlayingCard::refreshEmptyState);
    for (ServiceAccount *account : m_services.services.accounts()) {
        connect(account, &ServiceAccount::changed, this, &NowPlayingCard::refreshEmptyState);
        connect(account, &ServiceAccount::problemChanged, this, &NowPlayingCard::refreshNotice);
    }
    retranslate();
}

QString NowPlayingCard::titleText() const
{
    return m_pages->currentIndex() == 0 ? m_title->fullText() : m_emptyTitle->text();
}

QString NowPlayingCard::sourceText() const
{
    return m_source->fullText();
}

int NowPlayingCard::progressValue() const
{
    return m_progress->value();
}

bool NowPlayingCard::showsCover() const
{
    return m_coverShown != 0;
}

bool NowPlayingCard::showsEmptyState() const
{
    return m_pages->currentIndex() == 1;
}

void NowPlayingCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Card::changeEvent(event);
}

void NowPlayingCard::retranslate()
{
    setTitle(tr("Now playing"));
    const QStringList names{tr("Dominant"), tr("Vibrant"), tr("Muted"), tr("Text")};
    for (int i = 0; i < m_swatchNames.size(); ++i)
        m_swatchNames[i]->setText(names.at(i));
    refresh();
    refreshNotice();
}

QString NowPlayingCard::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void NowPlayingCard::refreshNotice()
{
    QStringList problems;
    for (const ServiceAccount *account : m_services.services.accounts()) {
        if (account->problemKind() != ServiceAccount::Problem::None)
            problems << account->problem();
    }
    m_notice->setText(problems.join(u'\n'));
    m_notice->setVisible(!problems.isEmpty());
}

void NowPlayingCard::refresh()
{
    const PlaybackState &state = m_services.nowPlaying.state();
    if (!state.track) {
        m_tick.stop();
        m_coverShown = 0;
        showPage(1);
        refreshEmptyState();
        return;
    }
    showPage(0);
    const Track &track = *state.track;
    const OverlayColors colors = OverlayColors::resolve(state, m_services.settings);
    const QString title = track.type == u"ad"_s ? tr("Advertisement")
        : track.title.isEmpty()                 ? tr("Untitled")
                                                : track.title;
    m_title->setFullText(title);
    m_artists->setFullText(track.artists.join(u", "_s));
    m_album->setFullText(track.album);
    // Where it plays, in the user's words: the Web API answers for a phone, a speaker or the web player.
    const ServiceAccount *account = m_services.services.account(state.service);
    const bool elsewhere = state.source == PlaybackSource::WebApi && account;
    const QString where = elsewhere ? tr("%1 on another device").arg(account->service().name()) : state.reporter;
    const QString source = state.isPlaying ? tr("Playing in %1").arg(where)
                                           : tr("Paused in %1 — overlays show your default colour").arg(where);
    m_source->setFullText(source);

    const Palette palette = colors.palette;
    const QList<QColor> swatchColors{palette.dominant, palette.vibrant, palette.muted, palette.text};
    for (int i = 0; i < m_swatches.size(); ++i)
        m_swatches[i]->setColor(swatchColors.at(i));
    // A style sheet re-polishes the bar: set only when its colour changes, not on every update.
    if (std::exchange(m_progressColor, palette.dominant) != palette.dominant) {
        m_progress->setStyleSheet(
            u"QProgressBar { border: none; border-radius: 3px; background: palette(midlight); }"
            "QProgressBar::chunk { border-radius: 3px; background: %1; }"_s.arg(palette.dominant.name()));
    }

    if (state.coverImage.isEmpty()) {
        m_coverShown = 0;
        m_cover->setPixmap(roundedCover({}, colors.color, devicePixelRatioF()));
    } else if (state.coverPicture.cacheKey() != m_coverShown) {
        m_coverShown = state.coverPicture.cacheKey();
        QCoro::connect(showCover(state.coverPicture), this, [] {});
    }
    refreshProgress();
    if (state.isPlaying)
        m_tick.start();
    else
        m_tick.stop();
}

QCoro::Task<> NowPlayingCard::showCover(QImage picture)
{
    QPointer<NowPlayingCard> self(this);
    const auto scale = [picture] { return scaledForDisplay(picture); };
    const QImage decoded = co_await onWorkerThread(scale);
    if (!self || picture.cacheKey() != m_coverShown)
        co_return;
    m_cover->setPixmap(roundedCover(decoded, palette().color(QPalette::Mid), devicePixelRatioF()));
}

void NowPlayingCard::showPage(int index)
{
    // The card takes the height of the page shown, not of the tallest one.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(index);
    updateGeometry();
}

void NowPlayingCard::refreshProgress()
{
    const PlaybackState &state = m_services.nowPlaying.state();
    if (!state.track)
        return;
    const qint64 duration = state.track->durationMs;
    const qint64 progress = state.progressMsAt(QDateTime::currentDateTimeUtc());
    m_progress->setVisible(duration > 0);
    m_duration->setVisible(duration > 0);
    m_elapsed->setVisible(duration > 0);
    m_progress->setValue(duration > 0 ? int(progress * 1000 / duration) : 0);
    m_elapsed->setText(playbackClock(progress));
    m_duration->setText(playbackClock(duration));
}

void NowPlayingCard::refreshEmptyState()
{
    ServiceAccount *follower = nullptr;
    for (ServiceAccount *account : m_services.services.accounts()) {
        if (!account->service().nowPlayingUrl().isEmpty()) {
            follower = account;
            break;
        }
    }
    m_emptyTitle->setText(tr("Nothing is playing"));
    m_emptyCover->setPixmap(roundedCover({}, palette().color(QPalette::Mid), devicePixelRatioF()));
    const bool connected = follower && follower->state() == ServiceAccount::State::Connected;
    if (!follower) {
        m_emptyText->setText(tr("Play something in a music player on this computer and it shows here."));
    } else if (connected) {
        m_emptyText->setText(tr("Play something on %1 — on this computer, your phone or any other device — and it "
                                "shows here within seconds, in the colours of its cover.")
                                 .arg(follower->name()));
    } else {
        m_emptyText->setText(tr("Play something in the %1 app on this computer and it shows here at once. Connect "
                                "%1 to follow what plays on your phone and other devices too.")
                                 .arg(follower->name()));
    }
    m_connectButton->setText(follower ? tr("Connect %1").arg(follower->name()) : QString());
    m_connectButton->setVisible(follower && !connected);
}

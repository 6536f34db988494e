#include "gui/guide/overlaystep.h"

#include "gui/overlays/addtoobsdialog.h"
#include "gui/overlays/overlaythumbnail.h"
#include "gui/widgets/statusline.h"
#include "nowplaying/nowplaying.h"
#include "obs/obslink.h"
#include "overlays/overlaystore.h"
#include "overlays/overlaytemplates.h"
#include "settings/settings.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int columns = 3;

} // namespace

OverlayStep::OverlayStep(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_intro(new QLabel(this))
    , m_group(new QButtonGroup(this))
    , m_description(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_status(new StatusLine(this))
{
    m_intro->setWordWrap(true);
    m_description->setWordWrap(true);
    m_description->setProperty("hint", true);
    m_add->setObjectName(u"guideAddToObsButton"_s);
    m_add->setProperty("primary", true);
    m_status->setObjectName(u"guideOverlayStatus"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const QList<OverlayTemplates::Template> &templates = OverlayTemplates::builtIns();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        auto *tile = new QToolButton(this);
        tile->setObjectName(u"template_"_s + templates[i].name);
        tile->setProperty("template", templates[i].name);
        tile->setProperty("tile", true);
        tile->setCheckable(true);
        tile->setAutoRaise(true);
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        // Drawn off screen, shown as the tile's picture.
        auto *thumbnail = new OverlayThumbnail(tile);
        thumbnail->hide();
        Overlay sample;
        sample.templateName = templates[i].name;
        sample.options = templates[i].defaults;
        thumbnail->setOverlay(sample);
        tile->setIconSize(thumbnail->size());
        m_group->addButton(tile);
        m_tiles.append(tile);
        m_thumbnails.append(thumbnail);
        grid->addWidget(tile, int(i / columns), int(i % columns));
    }
    layout->addLayout(grid);
    layout->addWidget(m_description);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add, 0, Qt::AlignTop);
    addRow->addWidget(m_status, 1);
    layout->addLayout(addRow);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this] { retranslate(); });
    connect(m_add, &QPushButton::clicked, this, &OverlayStep::add);
    connect(&m_services.nowPlaying, &NowPlaying::changed, this, &OverlayStep::refreshThumbnails);
    connect(&m_services.settings, &Settings::changed, this, &OverlayStep::refreshThumbnails);
    m_tiles.constFirst()->setChecked(true);
    retranslate();
    refreshThumbnails();
}

QString OverlayStep::chosenTemplate() const
{
    const QAbstractButton *chosen = m_group->checkedButton();
    return chosen ? chosen->property("template").toString() : QString();
}

void OverlayStep::chooseTemplate(const QString &name)
{
    for (QToolButton *tile : std::as_const(m_tiles))
        tile->setChecked(tile->property("template").toString() == name);
}

void OverlayStep::refreshThumbnails()
{
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        m_thumbnails[i]->showPlaying(m_services.nowPlaying.state(), m_services.settings);
        m_tiles[i]->setIcon(QIcon(m_thumbnails[i]->grab()));
    }
}

void OverlayStep::add()
{
    if (std::exchange(m_adding, true))
        return;
    m_add->setEnabled(false);
    QCoro::connect(addToObs(), this, [this] {
        m_adding = false;
        m_add->setEnabled(true);
    });
}

QCoro::Task<> OverlayStep::addToObs()
{
    QPointer<OverlayStep> self(this);
    ObsLink &obs = m_services.obs;
    m_status->say([] { return tr("Asking OBS which scene it shows…"); });
    const Result<ObsLink::Scenes> scenes = co_await obs.scenes();
    if (!self)
        co_return;
    if (!scenes) {
        m_status->say(scenes.errorMessage() + u' ' + tr("Back takes you to OBS’s address and password."),
            StatusLine::Kind::Error);
        co_return;
    }
    if (!scenes->hasBrowserSource) {
        m_status->say(ObsLink::noBrowserSourceMessage(), StatusLine::Kind::Error);
        co_return;
    }
    if (scenes->current.isEmpty()) {
        m_status->say([] { return tr("OBS has no scene yet: add one in OBS, then click Add to OBS again."); },
            StatusLine::Kind::Error);
        co_return;
    }
    if (!m_baseUrl.isValid()) {
        m_status->say(&AddToObsDialog::noServerMessage, StatusLine::Kind::Error);
        co_return;
    }

    // A first try that did not reach OBS made an overlay nobody saw: it gives way to this one,
    // in the template chosen now.
    if (!m_madeId.isEmpty()) {
        // Not there any more is as good.
        const Result<void> removed = m_services.overlays.remove(std::exchange(m_madeId, QString()));
        Q_UNUSED(removed)
    }
    const QString chosen = chosenTemplate();
    const auto made = m_services.overlays.create(
        QJsonObject{{u"name"_s, OverlayTemplates::title(chosen)}, {u"template"_s, chosen}});
    if (!made) {
        m_status->say(made.errorMessage(), StatusLine::Kind::Error);
        co_return;
    }
    const Overlay &overlay = made.value();
    m_madeId = overlay.id;
    QUrl url = m_baseUrl;
    url.setPath(u"/overlay/"_s + overlay.id);
    m_status->say([] { return tr("Adding to OBS…"); });
    const Result<ObsLink::Placement> placed = co_await obs.addBrowserSource(
        scenes->current, ObsLink::sourceName(overlay.name), url, QSize(overlay.options.width, overlay.options.height));
    if (!self)
        co_return;
    if (!placed) {
        m_status->say(placed.errorMessage(), StatusLine::Kind::Error);
        co_return;
    }
    m_addedId = overlay.id;
    m_madeId.clear();
    m_status->clearStatus();
    Q_EMIT added(overlay.id, AddToObsDialog::placedMessage(placed.value()));
}

void OverlayStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlayStep::retranslate()
{
    m_intro->setText(tr("Choose how the music looks on stream. Each overlay takes the colours of the cover "
                        "that plays; you can change everything later on the Overlays page."));
    for (QToolButton *tile : std::as_const(m_tiles)) {
        const QString name = tile->property("template").toString();
        tile->setText(OverlayTemplates::title(name));
        tile->setToolTip(OverlayTemplates::description(name));
        tile->setAccessibleName(OverlayTemplates::title(name));
        tile->setAccessibleDescription(OverlayTemplates::description(name));
    }
    m_description->setText(OverlayTemplates::description(chosenTemplate()));
    m_add->setText(tr("Add to OBS"));
    m_add->setToolTip(tr("Puts the overlay into the scene OBS shows now, as a Browser source of the right size."));
}

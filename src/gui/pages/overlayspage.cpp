#include "gui/pages/overlayspage.h"

#include "color/contrast.h"
#include "gui/overlays/addtoobsdialog.h"
#include "gui/overlays/overlayeditor.h"
#include "gui/overlays/overlaypreview.h"
#include "gui/overlays/overlayrow.h"
#include "gui/overlays/overlaythumbnail.h"
#include "gui/widgets/card.h"
#include "gui/widgets/colorswatch.h"
#include "gui/widgets/copyfield.h"
#include "gui/widgets/statusline.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/overlaycolors.h"
#include "overlays/overlaystore.h"
#include "overlays/overlaytemplates.h"
#include "settings/settings.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OverlaysPage::OverlaysPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_preview(new OverlayPreview(this))
    , m_overlaysCard(new Card(this))
    , m_overlaysIntro(new QLabel(this))
    , m_new(new QToolButton(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_status(new StatusLine(this))
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

    auto *header = new QHBoxLayout;
    m_overlaysIntro->setWordWrap(true);
    header->addWidget(m_overlaysIntro, 1);
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new->setMenu(new QMenu(m_new));
    header->addWidget(m_new, 0, Qt::AlignTop);
    m_overlaysCard->body()->addLayout(header);
    m_rowsLayout->setSpacing(0);
    m_overlaysCard->body()->addLayout(m_rowsLayout);
    auto *undo = new QHBoxLayout(m_undoBar);
    undo->setContentsMargins(0, 0, 0, 0);
    undo->addWidget(m_undoLabel, 1);
    undo->addWidget(m_undo);
    m_undoBar->hide();
    m_overlaysCard->body()->addWidget(m_undoBar);
    m_status->setHiddenWhenEmpty(true);
    m_overlaysCard->body()->addWidget(m_status);
    layout->addWidget(m_overlaysCard);

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

    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(std::chrono::seconds(20));
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        m_removed.reset();
        m_undoBar->hide();
    });
    connect(m_undo, &QPushButton::clicked, this, &OverlaysPage::undoRemove);
    connect(&m_services.overlays, &OverlayStore::changed, this, &OverlaysPage::rebuildRows);
    connect(&m_services.overlays, &OverlayStore::removed, this, &OverlaysPage::rebuildRows);
    connect(&m_services.nowPlaying, &NowPlaying::changed, this, &OverlaysPage::refresh);
    connect(&m_services.settings, &Settings::changed, this, &OverlaysPage::refresh);
    rebuildRows();
    retranslate();
}

OverlaysPage::~OverlaysPage() = default;

void OverlaysPage::setServerStatus(const QUrl &baseUrl, const QString &)
{
    m_baseUrl = baseUrl;
    refresh();
}

QString OverlaysPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString OverlaysPage::undoText() const
{
    return m_undoBar->isHidden() ? QString() : m_undoLabel->text();
}

QUrl OverlaysPage::overlayUrl(const QString &id) const
{
    if (!m_baseUrl.isValid())
        return {};
    QUrl url = m_baseUrl;
    url.setPath(u"/overlay/"_s + id);
    return url;
}

void OverlaysPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlaysPage::retranslate()
{
    m_overlaysCard->setTitle(tr("Your overlays"));
    m_overlaysIntro->setText(tr("Each overlay is a page that OBS shows as a Browser source, live with what plays. "
                                "Copy its URL into OBS, or start a new one from a template."));
    m_new->setText(tr("New overlay"));
    QMenu *menu = m_new->menu();
    menu->clear();
    for (const QString &name : OverlayTemplates::names()) {
        QAction *action = menu->addAction(OverlayTemplates::title(name), this, [this, name] { createOverlay(name); });
        action->setToolTip(OverlayTemplates::description(name));
    }
    menu->setToolTipsVisible(true);
    m_undo->setText(tr("Undo"));

    m_endpointsCard->setTitle(tr("Live colour for OBS"));
    m_intro->setText(tr("These addresses answer with what plays and its colours, as JSON, to OBS "
                        "scripts, browser sources and any program on this computer."));
    m_liveLabel->setText(tr("Colour now:"));
    m_colorLabel->setText(tr("Colour:"));
    m_infosLabel->setText(tr("Track and palette:"));
    m_colorUrl->setSubject(tr("the colour’s address"));
    m_infosUrl->setSubject(tr("the track’s address"));
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
    refreshLook();
}

void OverlaysPage::rebuildRows()
{
    const auto overlays = m_services.overlays.list();
    if (!overlays) {
        m_status->say(overlays.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const Overlay &overlay : *overlays) {
        auto *row = new OverlayRow(overlay, this);
        connect(row, &OverlayRow::copyUrlRequested, this, &OverlaysPage::copyUrl);
        connect(row, &OverlayRow::previewRequested, this, &OverlaysPage::showPreview);
        connect(row, &OverlayRow::editRequested, this, &OverlaysPage::openEditor);
        connect(row, &OverlayRow::duplicateRequested, this, &OverlaysPage::duplicate);
        connect(row, &OverlayRow::deleteRequested, this, &OverlaysPage::remove);
        connect(row, &OverlayRow::addToObsRequested, this, &OverlaysPage::addToObs);
        m_rowsLayout->addWidget(row);
        m_rows.append(row);
    }
    refreshLook();
}

void OverlaysPage::refreshLook()
{
    for (OverlayRow *row : std::as_const(m_rows)) {
        row->thumbnail()->showPlaying(m_services.nowPlaying.state(), m_services.settings);
        row->setEnabled(true);
    }
}

OverlayEditor *OverlaysPage::openEditor(const QString &id)
{
    const auto overlay = m_services.overlays.find(id);
    if (!overlay) {
        m_status->say(overlay.errorMessage(), StatusLine::Kind::Error);
        return nullptr;
    }
    auto *editor = new OverlayEditor(m_services.overlays, *overlay, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &OverlayEditor::previewRequested, this, &OverlaysPage::showPreview);
    editor->open();
    editor->showLive(overlayUrl(id));
    return editor;
}

void OverlaysPage::createOverlay(const QString &templateName)
{
    const auto created = m_services.overlays.create(
        QJsonObject{{u"name"_s, OverlayTemplates::title(templateName)}, {u"template"_s, templateName}});
    if (!created) {
        m_status->say(created.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    openEditor(created->id);
}

void OverlaysPage::copyUrl(const QString &id)
{
    const QUrl url = overlayUrl(id);
    const auto overlay = m_services.overlays.find(id);
    if (!url.isValid() || !overlay) {
        m_status->say(&AddToObsDialog::noServerMessage, StatusLine::Kind::Error);
        return;
    }
    QGuiApplication::clipboard()->setText(url.toString());
    m_status->say([url, size = QSize(overlay->options.width, overlay->options.height)] {
        return tr("Copied %1\nIn OBS: Sources → + → Browser, paste it as the URL, set Width to %2 and Height to %3. "
                  "Leave Page permissions on “No access to OBS”: the overlay needs none.")
            .arg(url.toString())
            .arg(size.width())
            .arg(size.height());
    });
}

void OverlaysPage::showPreview(const QString &id)
{
    const auto overlay = m_services.overlays.find(id);
    const QUrl url = overlayUrl(id);
    if (!overlay || !url.isValid()) {
        m_status->say(
            [] {
                return tr("The local server is not running, so there is nothing to preview. Choose a free port in "
                          "Settings.");
            },
            StatusLine::Kind::Error);
        return;
    }
    QString error;
    if (!m_preview->show(url, QSize(overlay->options.width, overlay->options.height), &error))
        m_status->say(error, StatusLine::Kind::Error);
}

AddToObsDialog *OverlaysPage::addToObs(const QString &id)
{
    const auto overlay = m_services.overlays.find(id);
    const QUrl url = overlayUrl(id);
    if (!overlay || !url.isValid()) {
        m_status->say(&AddToObsDialog::noServerMessage, StatusLine::Kind::Error);
        return nullptr;
    }
    auto *dialog = new AddToObsDialog(m_services.obs, *overlay, url, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddToObsDialog::added, this, [this](const ObsLink::Placement &placed) {
        m_status->say([placed] { return AddToObsDialog::placedMessage(placed); });
    });
    dialog->open();
    return dialog;
}

void OverlaysPage::duplicate(const QString &id, bool asCustom)
{
    const QJsonObject changes = asCustom ? QJsonObject{{u"template"_s, Overlay::customTemplate()}} : QJsonObject{};
    const auto copy = m_services.overlays.duplicate(id, changes);
    if (!copy) {
        m_status->say(copy.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    if (asCustom)
        openEditor(copy->id);
    else
        m_status->say([name = copy->name] { return tr("Added “%1”.").arg(name); });
}

void OverlaysPage::remove(const QString &id)
{
    const auto overlay = m_services.overlays.find(id);
    if (!overlay) {
        m_status->say(overlay.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    if (const auto removed = m_services.overlays.remove(id); !removed) {
        m_status->say(removed.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    m_removed = *overlay;
    m_undoLabel->setText(tr("“%1” is deleted; OBS sources that show it will find nothing.").arg(overlay->name));
    m_undoBar->show();
    m_undoTimer.start();
}

void OverlaysPage::undoRemove()
{
    if (!m_removed)
        return;
    const auto restored = m_services.overlays.restore(*m_removed);
    if (!restored) {
        m_status->say(restored.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    m_removed.reset();
    m_undoTimer.stop();
    m_undoBar->hide();
}

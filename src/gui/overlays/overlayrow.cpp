#include "gui/overlays/overlayrow.h"

#include "gui/overlays/overlaythumbnail.h"
#include "overlays/overlaytemplates.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OverlayRow::OverlayRow(const Overlay &overlay, QWidget *parent)
    : QWidget(parent)
    , m_thumbnail(new OverlayThumbnail(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_preview(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_more(new QToolButton(this))
{
    m_name->setProperty("subheading", true);
    m_name->setTextFormat(Qt::PlainText);
    m_details->setProperty("hint", true);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addStretch(1);
    text->addWidget(m_name);
    text->addWidget(m_details);
    text->addStretch(1);

    auto *menu = new QMenu(this);
    m_addToObs = menu->addAction(QString());
    menu->addSeparator();
    m_duplicate = menu->addAction(QString());
    m_duplicateAsCustom = menu->addAction(QString());
    menu->addSeparator();
    m_delete = menu->addAction(QString());
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setText(u"…"_s);
    m_copy->setDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(12);
    layout->addWidget(m_thumbnail);
    layout->addLayout(text, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_preview);
    layout->addWidget(m_edit);
    layout->addWidget(m_more);

    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyUrlRequested(m_overlay.id); });
    connect(m_preview, &QPushButton::clicked, this, [this] { Q_EMIT previewRequested(m_overlay.id); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_overlay.id); });
    connect(m_addToObs, &QAction::triggered, this, [this] { Q_EMIT addToObsRequested(m_overlay.id); });
    connect(m_duplicate, &QAction::triggered, this, [this] { Q_EMIT duplicateRequested(m_overlay.id, false); });
    connect(m_duplicateAsCustom, &QAction::triggered, this, [this] { Q_EMIT duplicateRequested(m_overlay.id, true); });
    connect(m_delete, &QAction::triggered, this, [this] { Q_EMIT deleteRequested(m_overlay.id); });
    setOverlay(overlay);
}

void OverlayRow::setOverlay(const Overlay &overlay)
{
    m_overlay = overlay;
    m_thumbnail->setOverlay(overlay);
    retranslate();
}

void OverlayRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlayRow::retranslate()
{
    m_name->setText(m_overlay.name);
    m_details->setText(tr("%1 · %2 × %3")
                           .arg(OverlayTemplates::title(m_overlay.templateName))
                           .arg(m_overlay.options.width)
                           .arg(m_overlay.options.height));
    m_copy->setText(tr("Copy OBS URL"));
    m_copy->setToolTip(tr("Copies the address to paste into an OBS Browser source."));
    m_preview->setText(tr("Preview"));
    m_edit->setText(tr("Edit…"));
    m_more->setToolTip(tr("More"));
    m_addToObs->setText(tr("Add to OBS…"));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicateAsCustom->setText(tr("Duplicate as custom HTML and CSS"));
    m_duplicateAsCustom->setVisible(!m_overlay.isCustom());
    m_delete->setText(tr("Delete"));
}

#include "gui/overlays/overlayrow.h"

#include "gui/overlays/overlaythumbnail.h"
#include "gui/widgets/elidedlabel.h"
#include "overlays/overlaytemplates.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

OverlayRow::OverlayRow(const Overlay &overlay, QWidget *parent)
    : QWidget(parent)
    , m_thumbnail(new OverlayThumbnail(this))
    , m_name(new ElidedLabel(this))
    , m_details(new QLabel(this))
    , m_addToObs(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_more(new QToolButton(this))
    , m_layout(new QGridLayout(this))
    , m_actionsBox(new QWidget(this))
    , m_actions(new QHBoxLayout(m_actionsBox))
{
    m_name->setProperty("subheading", true);
    m_details->setProperty("hint", true);

    auto *menu = new QMenu(this);
    m_preview = menu->addAction(QString());
    menu->addSeparator();
    m_duplicate = menu->addAction(QString());
    m_duplicateAsCustom = menu->addAction(QString());
    menu->addSeparator();
    m_delete = menu->addAction(QString());
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setText(u"⋯"_s);
    m_more->setObjectName(u"moreButton"_s);
    m_addToObs->setProperty("primary", true);

    // The name and what can be done with the overlay under it, beside the thumbnail: the row
    // fits the narrowest window in French as well.
    m_actions->setContentsMargins(0, 4, 0, 0);
    m_actions->setSpacing(8);
    // Its width does not widen the row: the row decides where the buttons go (placeActions).
    m_actionsBox->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_actions->addWidget(m_addToObs);
    m_actions->addWidget(m_copy);
    m_actions->addWidget(m_edit);
    m_actions->addWidget(m_more);
    m_actions->addStretch(1);
    m_layout->setContentsMargins(0, 8, 0, 8);
    m_layout->setHorizontalSpacing(14);
    m_layout->setVerticalSpacing(2);
    m_layout->addWidget(m_thumbnail, 0, 0, 3, 1, Qt::AlignTop);
    m_layout->addWidget(m_name, 0, 1);
    m_layout->addWidget(m_details, 1, 1);
    m_layout->addWidget(m_actionsBox, 2, 1);
    m_layout->setColumnStretch(1, 1);
    m_layout->setRowStretch(2, 1);

    connect(m_addToObs, &QPushButton::clicked, this, [this] { Q_EMIT addToObsRequested(m_overlay.id); });
    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyUrlRequested(m_overlay.id); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_overlay.id); });
    connect(m_preview, &QAction::triggered, this, [this] { Q_EMIT previewRequested(m_overlay.id); });
    connect(m_duplicate, &QAction::triggered, this, [this] { Q_EMIT duplicateRequested(m_overlay.id, false); });
    connect(m_duplicateAsCustom, &QAction::triggered, this, [this] { Q_EMIT duplicateRequested(m_overlay.id, true); });
    connect(m_delete, &QAction::triggered, this, [this] { Q_EMIT deleteRequested(m_overlay.id); });
    setOverlay(overlay);
}

QString OverlayRow::shownName() const
{
    return m_name->text();
}

void OverlayRow::setOverlay(const Overlay &overlay)
{
    m_overlay = overlay;
    m_thumbnail->setOverlay(overlay);
    retranslate();
}

void OverlayRow::resizeEvent(QResizeEvent *event)
{
    placeActions();
    QWidget::resizeEvent(event);
}

void OverlayRow::placeActions()
{
    // Beside the thumbnail when they fit there (under the name), else under both: a narrow
    // window or longer words (French) never push a button out of view.
    const int beside = m_thumbnail->width() + m_layout->horizontalSpacing() + m_actions->sizeHint().width();
    const bool under = beside > width();
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_layout->getItemPosition(m_layout->indexOf(m_actionsBox), &row, &column, &rowSpan, &columnSpan);
    if (under == (column == 0))
        return;
    m_layout->removeWidget(m_actionsBox);
    m_layout->removeWidget(m_thumbnail);
    m_layout->addWidget(m_thumbnail, 0, 0, under ? 2 : 3, 1, Qt::AlignTop);
    if (under)
        m_layout->addWidget(m_actionsBox, 2, 0, 1, 2);
    else
        m_layout->addWidget(m_actionsBox, 2, 1);
}

void OverlayRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlayRow::retranslate()
{
    m_name->setFullText(m_overlay.name);
    m_details->setText(tr("%1 · %2 × %3")
                           .arg(OverlayTemplates::title(m_overlay.templateName))
                           .arg(m_overlay.options.width)
                           .arg(m_overlay.options.height));
    m_addToObs->setText(tr("Add to OBS…"));
    m_addToObs->setToolTip(tr("Puts this overlay into a scene of OBS as a Browser source."));
    m_addToObs->setAccessibleName(tr("Add %1 to OBS").arg(m_overlay.name));
    m_copy->setText(tr("Copy URL"));
    m_copy->setToolTip(tr("Copies the address to paste into an OBS Browser source."));
    m_copy->setAccessibleName(tr("Copy the URL of %1").arg(m_overlay.name));
    m_edit->setText(tr("Edit…"));
    m_edit->setAccessibleName(tr("Edit %1").arg(m_overlay.name));
    m_more->setToolTip(tr("More"));
    m_more->setAccessibleName(tr("More for %1").arg(m_overlay.name));
    m_preview->setText(tr("Preview"));
    placeActions();
    m_duplicate->setText(tr("Duplicate"));
    m_duplicateAsCustom->setText(tr("Duplicate as custom HTML and CSS"));
    m_duplicateAsCustom->setVisible(!m_overlay.isCustom());
    m_delete->setText(tr("Delete"));
}

#include "gui/overlays/overlayoptionsform.h"

#include "gui/widgets/paintedpixmap.h"
#include "overlays/overlayjson.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace {

QSpinBox *spinBox(int low, int high, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(low, high);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

OverlayOptionsForm::OverlayOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_width(spinBox(16, 7680, this))
    , m_height(spinBox(16, 4320, this))
    , m_font(new QComboBox(this))
    , m_fontSize(spinBox(8, 200, this))
    , m_cornerRadius(spinBox(0, 200, this))
    , m_align(new QComboBox(this))
    , m_background(new QComboBox(this))
    , m_attribution(new QComboBox(this))
    , m_ownFallback(new QCheckBox(this))
    , m_fallbackButton(new QPushButton(this))
    , m_showCover(new QCheckBox(this))
    , m_showProgress(new QCheckBox(this))
    , m_hideWhenPaused(new QCheckBox(this))
    , m_showSeconds(spinBox(0, 3600, this))
    , m_error(new QLabel(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto row = [this](auto *field) {
        auto *label = new QLabel(this);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(u"×"_s, this));
    size->addWidget(m_height);
    size->addStretch(1);
    row(size);
    m_font->addItem(QString(), QString());
    const QStringList families = QFontDatabase::families();
    for (const QString &family : families) {
        if (!QFontDatabase::isPrivateFamily(family))
            m_font->addItem(family, family);
    }
    m_font->setMaxVisibleItems(16);
    row(m_font);
    row(m_fontSize);
    row(m_cornerRadius);
    row(m_align);
    row(m_background);
    row(m_attribution);
    auto *fallback = new QHBoxLayout;
    fallback->addWidget(m_ownFallback);
    fallback->addWidget(m_fallbackButton);
    fallback->addStretch(1);
    row(fallback);
    row(m_showCover);
    row(m_showProgress);
    row(m_hideWhenPaused);
    row(m_showSeconds);
    m_error->setProperty("error", true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_form->addRow(m_error);

    const auto announce = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    for (QSpinBox *spin : {m_width, m_height, m_fontSize, m_cornerRadius, m_showSeconds})
        connect(spin, &QSpinBox::valueChanged, this, announce);
    for (QComboBox *combo : {m_font, m_align, m_background, m_attribution})
        connect(combo, &QComboBox::currentIndexChanged, this, announce);
    for (QCheckBox *check : {m_showCover, m_showProgress, m_hideWhenPaused})
        connect(check, &QCheckBox::toggled, this, announce);
    connect(m_ownFallback, &QCheckBox::toggled, this, [this, announce] {
        showFallbackColor();
        announce();
    });
    connect(m_fallbackButton, &QPushButton::clicked, this, &OverlayOptionsForm::chooseFallbackColor);
    retranslate();
}

void OverlayOptionsForm::setOptions(const OverlayOptions &options)
{
    m_loading = true;
    m_width->setValue(options.width);
    m_height->setValue(options.height);
    m_font->setCurrentIndex(std::max(0, m_font->findData(options.fontFamily)));
    m_fontSize->setValue(options.fontSize);
    m_cornerRadius->setValue(options.cornerRadius);
    m_align->setCurrentIndex(int(options.textAlign));
    m_background->setCurrentIndex(options.transparentBackground ? 0 : 1);
    m_attribution->setCurrentIndex(int(options.attributionPosition));
    m_ownFallback->setChecked(options.fallbackColor.isValid());
    m_fallback = options.fallbackColor.isValid() ? options.fallbackColor : QColor(0x7c, 0x4d, 0xff);
    m_showCover->setChecked(options.showCover);
    m_showProgress->setChecked(options.showProgress);
    m_hideWhenPaused->setChecked(options.hideWhenPaused);
    m_showSeconds->setValue(options.showSecondsAfterChange);
    showFallbackColor();
    m_loading = false;
}

QJsonObject OverlayOptionsForm::toJson() const
{
    OverlayOptions options;
    options.width = m_width->value();
    options.height = m_height->value();
    options.fontFamily = m_font->currentData().toString();
    options.fontSize = m_fontSize->value();
    options.cornerRadius = m_cornerRadius->value();
    options.textAlign = OverlayOptions::TextAlign(m_align->currentIndex());
    options.transparentBackground = m_background->currentIndex() == 0;
    options.attributionPosition = OverlayOptions::AttributionPosition(std::max(0, m_attribution->currentIndex()));
    options.fallbackColor = m_ownFallback->isChecked() ? m_fallback : QColor();
    options.showCover = m_showCover->isChecked();
    options.showProgress = m_showProgress->isChecked();
    options.hideWhenPaused = m_hideWhenPaused->isChecked();
    options.showSecondsAfterChange = m_showSeconds->value();
    return OverlayJson::optionsJson(options);
}

void OverlayOptionsForm::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OverlayOptionsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlayOptionsForm::retranslate()
{
    const QStringList labels{tr("Size in OBS:"), tr("Font:"), tr("Text size:"), tr("Corners:"), tr("Text alignment:"),
        tr("Background:"), tr("Credit to Spotify:"), tr("Colour when paused:"), tr("Show:"), QString(),
        tr("When paused:"), tr("Show after a track change:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    for (QSpinBox *spin : {m_width, m_height, m_fontSize, m_cornerRadius})
        spin->setSuffix(tr(" px"));
    m_width->setToolTip(tr("Width of the browser source"));
    m_height->setToolTip(tr("Height of the browser source"));
    m_font->setItemText(0, tr("System font"));
    const int align = m_align->currentIndex();
    m_align->clear();
    m_align->addItems({tr("Left"), tr("Centre"), tr("Right")});
    m_align->setCurrentIndex(std::max(0, align));
    const int background = m_background->currentIndex();
    m_background->clear();
    m_background->addItems({tr("Transparent: the scene shows through"), tr("Filled with the colour")});
    m_background->setCurrentIndex(std::max(0, background));
    const int attribution = m_attribution->currentIndex();
    m_attribution->clear();
    m_attribution->addItems({tr("Where the template puts it"), tr("Top left corner"), tr("Top right corner"),
        tr("Bottom left corner"), tr("Bottom right corner")});
    m_attribution->setCurrentIndex(std::max(0, attribution));
    m_attribution->setToolTip(tr("Spotify asks that what comes from it be shown with its name or logo: overlays "
                                 "show them while a Spotify track plays."));
    m_ownFallback->setText(tr("A colour of its own"));
    m_ownFallback->setToolTip(
        tr("Without it, the default overlay colour of Settings shows when no cover colours the overlay."));
    m_showCover->setText(tr("The cover"));
    m_showProgress->setText(tr("The progress"));
    m_hideWhenPaused->setText(tr("Fade out"));
    m_showSeconds->setSpecialValueText(tr("All the time"));
    m_showSeconds->setSuffix(tr(" s"));
    m_showSeconds->setPrefix(tr("for "));
}

void OverlayOptionsForm::showFallbackColor()
{
    m_fallbackButton->setEnabled(m_ownFallback->isChecked());
    m_fallbackButton->setText(m_fallback.name());
    m_fallbackButton->setIcon(paintedPixmap(QSize(16, 16), devicePixelRatioF(), [this](QPainter &painter) {
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(m_fallback);
        painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    }));
}

void OverlayOptionsForm::chooseFallbackColor()
{
    auto *dialog = new QColorDialog(m_fallback, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
        m_fallback = color;
        showFallbackColor();
        Q_EMIT changed();
    });
    dialog->open();
}

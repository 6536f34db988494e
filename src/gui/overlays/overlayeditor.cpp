#include "gui/overlays/overlayeditor.h"

#include "gui/overlays/livepreview.h"
#include "gui/overlays/overlayoptionsform.h"
#include "gui/overlays/sourceeditor.h"
#include "overlays/overlayjson.h"
#include "overlays/overlaystore.h"
#include "overlays/overlaytemplates.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OverlayEditor::OverlayEditor(OverlayStore &overlays, const Overlay &overlay, QWidget *parent)
    : QDialog(parent)
    , m_overlays(overlays)
    , m_original(overlay)
    , m_live(new LivePreview(this))
    , m_name(new QLineEdit(overlay.name, this))
    , m_nameError(new QLabel(this))
    , m_templateLabel(new QLabel(this))
    , m_optionsTitle(new QLabel(this))
    , m_options(new OverlayOptionsForm(this))
    , m_sourceTitle(new QLabel(this))
    , m_source(new SourceEditor(this))
    , m_status(new QLabel(this))
    , m_preview(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_done(new QPushButton(this))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(400);
    connect(&m_pause, &QTimer::timeout, this, &OverlayEditor::apply);

    m_name->setMaxLength(int(OverlayJson::maxNameLength));
    m_nameError->setProperty("error", true);
    m_nameError->hide();
    m_templateLabel->setProperty("hint", true);
    m_templateLabel->setWordWrap(true);
    for (QLabel *title : {m_optionsTitle, m_sourceTitle})
        title->setProperty("subheading", true);
    m_options->setOptions(overlay.options);
    m_source->setSources(overlay.html, overlay.css);
    m_source->setVisible(overlay.isCustom());
    m_sourceTitle->setVisible(overlay.isCustom());
    m_status->setProperty("hint", true);
    m_status->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *form = new QVBoxLayout(content);
    form->addWidget(m_live);
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Name:"), m_name);
    nameRow->addRow(QString(), m_nameError);
    form->addLayout(nameRow);
    form->addWidget(m_templateLabel);
    form->addSpacing(8);
    form->addWidget(m_optionsTitle);
    form->addWidget(m_options);
    form->addWidget(m_sourceTitle);
    form->addWidget(m_source, 1);
    if (!overlay.isCustom())
        form->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_done);
    m_done->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(content, 1);
    layout->addLayout(buttons);

    const auto later = [this] { m_pause.start(); };
    connect(m_name, &QLineEdit::textEdited, this, later);
    connect(m_options, &OverlayOptionsForm::changed, this, later);
    connect(m_source, &SourceEditor::changed, this, later);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        applyNow();
        Q_EMIT previewRequested(m_original.id);
    });
    connect(m_revert, &QPushButton::clicked, this, &OverlayEditor::revert);
    connect(m_done, &QPushButton::clicked, this, [this] {
        applyNow();
        accept();
    });
    resize(overlay.isCustom() ? QSize(900, 900) : QSize(560, 720));
    retranslate();
}

void OverlayEditor::applyNow()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        apply();
    }
}

void OverlayEditor::showLive(const QUrl &url)
{
    const auto current = m_overlays.find(m_original.id);
    const OverlayOptions &options = current ? current->options : m_original.options;
    m_live->start(url, QSize(options.width, options.height));
}

QString OverlayEditor::statusText() const
{
    return m_status->text();
}

void OverlayEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OverlayEditor::retranslate()
{
    setWindowTitle(tr("Edit overlay — %1").arg(m_original.name));
    m_templateLabel->setText(tr("%1: %2").arg(
        OverlayTemplates::title(m_original.templateName), OverlayTemplates::description(m_original.templateName)));
    m_optionsTitle->setText(tr("Look and behaviour"));
    m_sourceTitle->setText(tr("HTML and CSS"));
    m_preview->setText(tr("Preview"));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Put the overlay back as it was when this window opened."));
    m_done->setText(tr("Done"));
    if (m_status->text().isEmpty())
        m_status->setText(tr("Changes apply at once, in OBS too."));
}

void OverlayEditor::apply()
{
    QJsonObject changes{{u"name"_s, m_name->text()}, {u"options"_s, m_options->toJson()}};
    if (m_original.isCustom()) {
        changes.insert(u"html"_s, m_source->html());
        changes.insert(u"css"_s, m_source->css());
    }
    const auto saved = m_overlays.update(m_original.id, changes);
    if (!saved) {
        showError(saved.errorMessage());
        return;
    }
    showError({});
    m_status->setText(tr("Saved. Open pages of this overlay show the change."));
}

void OverlayEditor::revert()
{
    m_pause.stop();
    const auto restored = m_overlays.restore(m_original);
    if (!restored) {
        showError(restored.errorMessage());
        return;
    }
    m_name->setText(m_original.name);
    m_options->setOptions(m_original.options);
    m_source->setSources(m_original.html, m_original.css);
    showError({});
    m_status->setText(tr("Back as it was."));
}

// The message starts with the field it is about ("name: …", "options.width: …", "html: …"):
// it shows next to that field.
void OverlayEditor::showError(const QString &message)
{
    const QString field = message.section(u':', 0, 0);
    const bool onName = field == u"name"_s;
    const bool onSource = field == u"html"_s || field == u"css"_s;
    m_nameError->setText(onName ? message : QString());
    m_nameError->setVisible(onName);
    m_source->setError(field, onSource ? message : QString());
    m_options->setError(!onName && !onSource ? message : QString());
    if (!message.isEmpty())
        m_status->setText(tr("Not saved until this is fixed."));
}

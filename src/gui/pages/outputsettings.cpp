#include "gui/pages/outputsettings.h"

#include "gui/widgets/statusline.h"
#include "nowplaying/nowplayingpipeline.h"
#include "nowplaying/outputfiles.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OutputSettings::OutputSettings(const GuiServices &services, QWidget *parent)
    : Card(parent)
    , m_services(services)
    , m_intro(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_patternLabel(new QLabel(this))
    , m_pattern(new QLineEdit(this))
    , m_keep(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_status(new StatusLine(this))
{
    m_intro->setWordWrap(true);
    m_intro->setProperty("hint", true);
    body()->addWidget(m_intro);
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_stop);
    form->addRow(m_folderLabel, folderRow);
    m_pattern->setMaxLength(SettingsSchema::maximumOutputPatternLength);
    form->addRow(m_patternLabel, m_pattern);
    form->addRow(QString(), m_keep);
    body()->addLayout(form);
    m_error->setProperty("error", true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    body()->addWidget(m_error);
    body()->addWidget(m_status);
    m_folderLabel->setBuddy(m_folder);
    m_patternLabel->setBuddy(m_pattern);

    connect(m_folder, &QLineEdit::editingFinished, this, [this] {
        if (m_folder->text().trimmed() != m_services.settings.outputFolder())
            save(SettingKey::OutputFolder, m_folder->text().trimmed());
    });
    connect(m_pattern, &QLineEdit::editingFinished, this, [this] {
        if (m_pattern->text() != m_services.settings.outputPattern())
            save(SettingKey::OutputPattern, m_pattern->text());
    });
    connect(m_keep, &QCheckBox::toggled, this, [this](bool keep) { save(SettingKey::OutputKeepWhenPaused, keep); });
    connect(m_browse, &QPushButton::clicked, this, &OutputSettings::browse);
    connect(m_stop, &QPushButton::clicked, this, [this] { chooseFolder({}); });
    connect(&m_services.settings, &Settings::changed, this, &OutputSettings::load);
    OutputFiles &outputs = m_services.outputs;
    connect(&outputs, &OutputFiles::problemChanged, this, &OutputSettings::refreshStatus);
    connect(&outputs, &OutputFiles::written, this, &OutputSettings::refreshStatus);
    load();
    retranslate();
}

QString OutputSettings::statusText() const
{
    return m_status->text();
}

QString OutputSettings::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OutputSettings::chooseFolder(const QString &folder)
{
    m_folder->setText(folder);
    save(SettingKey::OutputFolder, folder);
}

void OutputSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Card::changeEvent(event);
}

void OutputSettings::retranslate()
{
    setTitle(tr("Outputs"));
    m_intro->setText(tr("MelodyHue can keep what plays in a folder, for OBS’s Text and Image sources: title.txt, "
                        "artists.txt, album.txt, now-playing.txt and cover.jpg, each replaced in one piece when the "
                        "music changes. In OBS, a Text source reads a file with \"Read from file\"."));
    m_folderLabel->setText(tr("Folder:"));
    m_folder->setPlaceholderText(tr("None: no files are written"));
    m_browse->setText(tr("Choose…"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop writing the files; those already there stay."));
    m_patternLabel->setText(tr("now-playing.txt:"));
    m_pattern->setToolTip(tr("One line with {title}, {artists} and {album}, e.g. {artists} — {title}."));
    m_keep->setText(tr("Keep the files while the music is paused"));
    m_keep->setToolTip(tr("Otherwise the texts are emptied and cover.jpg removed while paused or when nothing plays."));
    refreshStatus();
}

void OutputSettings::load()
{
    const Settings &settings = m_services.settings;
    if (!m_folder->hasFocus())
        m_folder->setText(QDir::toNativeSeparators(settings.outputFolder()));
    if (!m_pattern->hasFocus())
        m_pattern->setText(settings.outputPattern());
    const QSignalBlocker blocker(m_keep);
    m_keep->setChecked(settings.outputKeepWhenPaused());
    m_stop->setEnabled(!settings.outputFolder().isEmpty());
    refreshStatus();
}

void OutputSettings::save(SettingKey key, const QJsonValue &value)
{
    const auto saved = m_services.settings.set(key, value);
    m_error->setText(saved.errorMessage());
    m_error->setVisible(!saved);
    if (!saved)
        m_error->setProperty("warning", false);
}

void OutputSettings::refreshStatus()
{
    const OutputFiles &outputs = m_services.outputs;
    const QString folder = m_services.settings.outputFolder();
    if (!outputs.problem().isEmpty()) {
        m_status->say(outputs.problem(), StatusLine::Kind::Error);
        return;
    }
    const QString shown = QDir::toNativeSeparators(folder);
    m_status->say(folder.isEmpty()              ? tr("Off.")
            : outputs.writtenFolder() == folder ? tr("Up to date in %1.").arg(shown)
                                                : tr("Writes to %1 when the music changes.").arg(shown));
}

void OutputSettings::browse()
{
    auto *dialog = new QFileDialog(this, tr("Folder for OBS’s files"), m_services.settings.outputFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { chooseFolder(folder); });
    dialog->open();
}

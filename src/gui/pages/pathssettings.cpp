#include "gui/pages/pathssettings.h"

#include "settings/settings.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int visibleRows = 3;

QListWidget *makeList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformItemSizes(true);
    list->setTextElideMode(Qt::ElideMiddle);
    const int row = list->fontMetrics().height() + 8;
    list->setMinimumHeight(row * visibleRows + 2 * list->frameWidth());
    list->setMaximumHeight(row * (visibleRows + 1) + 2 * list->frameWidth());
    return list;
}

} // namespace

PathsSettings::PathsSettings(const GuiServices &services, QWidget *parent)
    : Card(parent)
    , m_services(services)
    , m_intro(new QLabel(this))
    , m_musicLabel(new QLabel(this))
    , m_music(makeList(this))
    , m_addMusic(new QPushButton(this))
    , m_removeMusic(new QPushButton(this))
    , m_drivesLabel(new QLabel(this))
    , m_drives(makeList(this))
    , m_addDrive(new QPushButton(this))
    , m_removeDrive(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_intro->setProperty("hint", true);
    body()->addWidget(m_intro);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const auto addRow = [&](int row, QLabel *label, QListWidget *list, QPushButton *add, QPushButton *remove) {
        label->setBuddy(list);
        grid->addWidget(label, row, 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(list, row, 1, Qt::AlignTop);
        auto *buttons = new QVBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        grid->addLayout(buttons, row, 2);
        remove->setEnabled(false);
        connect(list, &QListWidget::itemSelectionChanged, remove,
            [list, remove] { remove->setEnabled(!list->selectedItems().isEmpty()); });
    };
    addRow(0, m_musicLabel, m_music, m_addMusic, m_removeMusic);
    addRow(1, m_drivesLabel, m_drives, m_addDrive, m_removeDrive);
    body()->addLayout(grid);
    m_error->setProperty("error", true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    body()->addWidget(m_error);

    connect(m_addMusic, &QPushButton::clicked, this, [this] {
        if (const QString folder = chooseFolder(tr("Choose a music folder")); !folder.isEmpty())
            addMusicFolder(folder);
    });
    connect(m_addDrive, &QPushButton::clicked, this, [this] {
        if (const QString folder = chooseFolder(tr("Choose a folder on a drive")); !folder.isEmpty())
            addDrive(folder);
    });
    connect(m_removeMusic, &QPushButton::clicked, this, &PathsSettings::removeMusicFolder);
    connect(m_removeDrive, &QPushButton::clicked, this, &PathsSettings::removeDrive);
    connect(&m_services.settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::MusicFolders))
            loadMusic();
    });
    connect(&m_services.sync, &SyncEngine::statusChanged, this, &PathsSettings::loadDrives);
    retranslate();
}

QString PathsSettings::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PathsSettings::chooseFolder(const QString &title)
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    return QFileDialog::getExistingDirectory(this, title, start);
}

void PathsSettings::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PathsSettings::addMusicFolder(const QString &folder)
{
    QJsonArray folders = m_services.settings.value(SettingKey::MusicFolders).toArray();
    folders.append(QDir::fromNativeSeparators(folder));
    showError(m_services.settings.set(SettingKey::MusicFolders, folders).errorMessage());
}

void PathsSettings::removeMusicFolder()
{
    const int row = m_music->currentRow();
    QJsonArray folders = m_services.settings.value(SettingKey::MusicFolders).toArray();
    if (row < 0 || row >= folders.size())
        return;
    folders.removeAt(row);
    showError(m_services.settings.set(SettingKey::MusicFolders, folders).errorMessage());
}

void PathsSettings::addDrive(const QString &folder)
{
    showError(m_services.sync.addDrive(QDir::fromNativeSeparators(folder)).errorMessage());
}

void PathsSettings::removeDrive()
{
    const QListWidgetItem *item = m_drives->currentItem();
    if (!item)
        return;
    showError(m_services.sync.removeDrive(item->data(Qt::UserRole).toLongLong()).errorMessage());
}

void PathsSettings::loadMusic()
{
    const QStringList folders = m_services.settings.musicFolders();
    m_music->clear();
    for (const QString &folder : folders) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_music);
        item->setToolTip(QDir::toNativeSeparators(folder));
    }
    if (folders.isEmpty()) {
        auto *item
            = new QListWidgetItem(tr("No music folder yet: add the folder where your music files are."), m_music);
        item->setFlags(Qt::NoItemFlags);
    }
    m_removeMusic->setEnabled(false);
}

void PathsSettings::loadDrives()
{
    const QList<DriveState> &drives = m_services.sync.status().drives;
    const qint64 selected = m_drives->currentItem() ? m_drives->currentItem()->data(Qt::UserRole).toLongLong() : -1;
    m_drives->clear();
    for (const DriveState &drive : drives) {
        const QString path = QDir::toNativeSeparators(drive.path);
        const QString text = drive.mounted ? tr("%1 — %2").arg(drive.label, path)
                                           : tr("%1 — %2 (not connected)").arg(drive.label, path);
        auto *item = new QListWidgetItem(text, m_drives);
        item->setData(Qt::UserRole, drive.id);
        item->setToolTip(path);
        if (drive.id == selected)
            m_drives->setCurrentItem(item);
    }
    if (drives.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("No drive yet: add a folder on the drive to copy your liked tracks to."), m_drives);
        item->setFlags(Qt::NoItemFlags);
    }
    m_removeDrive->setEnabled(m_drives->currentItem() && m_drives->currentItem()->flags() != Qt::NoItemFlags);
}

void PathsSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Card::changeEvent(event);
}

void PathsSettings::retranslate()
{
    setTitle(tr("Paths"));
    m_intro->setText(tr("MelodyHue copies the audio of your liked tracks from your own music folders to the drives "
                        "you choose, every sync. It never downloads music from Spotify and never changes your music "
                        "folders; on each drive, MelodyHue/Liked Songs.m3u8 lists the tracks there."));
    m_musicLabel->setText(tr("Music folders:"));
    m_music->setAccessibleName(tr("Music folders"));
    m_addMusic->setText(tr("Add folder…"));
    m_addMusic->setAccessibleName(tr("Add a music folder"));
    m_removeMusic->setText(tr("Remove"));
    m_removeMusic->setAccessibleName(tr("Remove the music folder"));
    m_removeMusic->setToolTip(tr("MelodyHue stops looking there; nothing in the folder changes."));
    m_drivesLabel->setText(tr("Drives:"));
    m_drives->setAccessibleName(tr("Drives"));
    m_addDrive->setText(tr("Add drive…"));
    m_addDrive->setAccessibleName(tr("Add a drive"));
    m_removeDrive->setText(tr("Remove"));
    m_removeDrive->setAccessibleName(tr("Remove the drive"));
    m_removeDrive->setToolTip(tr("MelodyHue stops copying there; the files already on it stay."));
    loadMusic();
    loadDrives();
}

#include "gui/pages/drivescard.h"

#include "gui/widgets/statusdot.h"
#include "settings/settings.h"
#include "sync/syncengine.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DrivesCard::DrivesCard(const GuiServices &services, QWidget *parent)
    : Card(parent)
    , m_services(services)
    , m_empty(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    connect(m_empty, &QLabel::linkActivated, this, &DrivesCard::pathsRequested);
    body()->addWidget(m_empty);
    m_rows->setSpacing(12);
    body()->addLayout(m_rows);
    connect(&m_services.sync, &SyncEngine::statusChanged, this, &DrivesCard::refresh);
    connect(&m_services.settings, &Settings::changed, this, &DrivesCard::refresh);
    refresh();
}

QStringList DrivesCard::rowTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (const QWidget *widget = m_rows->itemAt(i)->widget())
            texts.append(widget->accessibleDescription());
    }
    return texts;
}

void DrivesCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_shown.clear();
        refresh();
    }
    Card::changeEvent(event);
}

QWidget *DrivesCard::row(const DriveState &drive)
{
    const QLocale locale;
    auto *widget = new QWidget(this);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    auto *dot = new QLabel(widget);
    // Tracks with no audio yet are the music folders' matter, not the drive's.
    const StatusDot::State health = drive.problem.isEmpty() ? StatusDot::Good : StatusDot::Bad;
    StatusDot::paint(dot, drive.mounted ? health : StatusDot::Off);
    top->addWidget(dot);
    auto *name = new QLabel(drive.label.toHtmlEscaped(), widget);
    name->setProperty("heading", true);
    top->addWidget(name);
    auto *state = new QLabel(drive.mounted ? tr("Connected") : tr("Not connected"), widget);
    state->setProperty("hint", true);
    top->addWidget(state);
    top->addStretch(1);
    auto *open = new QPushButton(tr("Open folder"), widget);
    open->setAccessibleName(tr("Open the folder of %1").arg(drive.label));
    open->setEnabled(drive.mounted);
    connect(open, &QPushButton::clicked, widget,
        [path = drive.path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    top->addWidget(open);
    layout->addLayout(top);

    auto *path = new QLabel(QDir::toNativeSeparators(drive.path), widget);
    path->setProperty("hint", true);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(path);

    QString space;
    if (drive.mounted && drive.totalBytes > 0) {
        auto *bar = new QProgressBar(widget);
        bar->setTextVisible(false);
        bar->setMaximumHeight(8);
        bar->setRange(0, 1000);
        bar->setValue(int(1000 * (drive.totalBytes - drive.freeBytes) / drive.totalBytes));
        bar->setAccessibleName(tr("Space used on %1").arg(drive.label));
        layout->addWidget(bar);
        space = tr("%1 free of %2")
                    .arg(locale.formattedDataSize(drive.freeBytes), locale.formattedDataSize(drive.totalBytes));
    }
    QStringList counts;
    counts << tr("Liked tracks here: %1").arg(locale.toString(drive.present));
    if (drive.missing > 0)
        counts << tr("not yet: %1").arg(locale.toString(drive.missing));
    if (drive.failed > 0)
        counts << tr("failed: %1").arg(locale.toString(drive.failed));
    auto *numbers = new QLabel((space.isEmpty() ? QString() : space + u" · "_s) + counts.join(u" · "_s), widget);
    numbers->setWordWrap(true);
    layout->addWidget(numbers);
    // Said in the language shown now.
    const QString problemText = drive.mounted ? drive.problem : DriveTexts::notConnected(drive.label);
    if (!problemText.isEmpty()) {
        auto *problem = new QLabel(problemText, widget);
        problem->setWordWrap(true);
        problem->setProperty(drive.mounted ? "error" : "hint", true);
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(problem);
    }
    widget->setAccessibleName(drive.label);
    widget->setAccessibleDescription(
        QStringList{drive.label, state->text(), numbers->text(), problemText}.join(u". "_s).trimmed());
    return widget;
}

void DrivesCard::refresh()
{
    setTitle(tr("Drives"));
    const QList<DriveState> &drives = m_services.sync.status().drives;
    m_empty->setText(tr("Copy the audio of your liked tracks to a drive: choose the drive and your music folders "
                        "in <a href=\"#paths\">Settings → Paths</a>."));
    m_empty->setVisible(drives.isEmpty() || m_services.settings.musicFolders().isEmpty());
    // Rebuilt only when something shown changed (the sync reports often).
    if (drives == m_shown)
        return;
    m_shown = drives;
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const DriveState &drive : drives)
        m_rows->addWidget(row(drive));
}

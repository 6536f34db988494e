#include "gui/pages/likedtrackscard.h"

#include "gui/pages/missingtracksdialog.h"
#include "gui/sync/syncsummary.h"
#include "gui/widgets/statusdot.h"
#include "platform/logfile.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "sync/syncengine.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

LikedTracksCard::LikedTracksCard(const GuiServices &services, QWidget *parent)
    : Card(parent)
    , m_services(services)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_next(new QLabel(this))
    , m_syncNow(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_openLog(new QPushButton(this))
    , m_withoutAudio(new QPushButton(this))
{
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_dot, 0, Qt::AlignTop);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateRow->addWidget(m_state, 1);
    body()->addLayout(stateRow);

    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    body()->addWidget(m_progress);

    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    connect(m_counts, &QLabel::linkActivated, this, &LikedTracksCard::connectRequested);
    body()->addWidget(m_counts);
    m_next->setProperty("hint", true);
    body()->addWidget(m_next);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_pause);
    buttons->addStretch(1);
    buttons->addWidget(m_withoutAudio);
    buttons->addWidget(m_openLog);
    body()->addLayout(buttons);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_failure.clear();
        m_services.sync.start();
    });
    connect(m_pause, &QPushButton::clicked, this, &LikedTracksCard::togglePause);
    connect(m_withoutAudio, &QPushButton::clicked, this, [this] {
        auto *dialog = new MissingTracksDialog(m_services, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_openLog, &QPushButton::clicked, this,
        [] { QDesktopServices::openUrl(QUrl::fromLocalFile(LogFile::path())); });
    connect(&m_services.sync, &SyncEngine::statusChanged, this, &LikedTracksCard::refresh);
    for (ServiceAccount *account : m_services.services.accounts())
        connect(account, &ServiceAccount::changed, this, &LikedTracksCard::refresh);
    refresh();
}

QString LikedTracksCard::stateText() const
{
    return m_state->text();
}

QString LikedTracksCard::countsText() const
{
    return m_counts->text();
}

bool LikedTracksCard::anyConnected() const
{
    for (const ServiceAccount *account : m_services.services.accounts()) {
        if (account->state() == ServiceAccount::State::Connected)
            return true;
    }
    return false;
}

void LikedTracksCard::togglePause()
{
    SyncEngine &sync = m_services.sync;
    const auto saved = sync.isPaused() ? sync.resume() : sync.pause();
    m_failure = saved ? QString() : saved.error().message;
    refresh();
}

void LikedTracksCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    Card::changeEvent(event);
}

void LikedTracksCard::refresh()
{
    const SyncStatus &status = m_services.sync.status();
    setTitle(tr("Liked tracks"));

    const bool running = status.state == SyncStatus::State::Running;
    StatusDot::State dot = StatusDot::Good;
    if (!m_failure.isEmpty() || status.state == SyncStatus::State::Error)
        dot = StatusDot::Bad;
    else if (status.state == SyncStatus::State::Waiting || !status.notice.isEmpty())
        dot = StatusDot::Warning;
    else if (status.state == SyncStatus::State::Paused || (!running && !status.lastSync.isValid()))
        dot = StatusDot::Off;
    StatusDot::paint(m_dot, dot);
    m_state->setText(m_failure.isEmpty() ? SyncSummary::state(status) : m_failure);
    m_state->setProperty("error", !m_failure.isEmpty() || status.state == SyncStatus::State::Error);
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
    m_state->setAccessibleName(tr("Sync of liked tracks"));
    m_state->setAccessibleDescription(m_state->text());

    m_progress->setVisible(running);
    m_progress->setRange(0, status.total > 0 ? status.total : 0);
    if (status.total > 0)
        m_progress->setValue(std::min(status.done, status.total));
    m_progress->setAccessibleName(tr("Sync progress"));

    const QLocale locale;
    QStringList lines;
    for (auto it = status.liked.cbegin(); it != status.liked.cend(); ++it) {
        const ServiceAccount *account = m_services.services.account(it.key());
        const QString name = account ? account->name() : it.key();
        lines << tr("Liked tracks from %1: %2").arg(name, locale.toString(it.value()));
    }
    QString counts = lines.join(u" · "_s).toHtmlEscaped();
    if (status.added > 0 || status.unliked > 0) {
        QStringList changes;
        if (status.added > 0)
            changes << tr("New in the last sync: %1").arg(locale.toString(status.added));
        if (status.unliked > 0)
            changes << tr("Unliked since: %1").arg(locale.toString(status.unliked));
        counts += u"<br>"_s + changes.join(u" · "_s).toHtmlEscaped();
    }
    if (!status.drives.isEmpty() || status.musicFiles > 0) {
        QStringList audio;
        audio << tr("With audio in your music folders: %1").arg(locale.toString(status.withAudio));
        audio << tr("without: %1").arg(locale.toString(status.withoutAudio));
        if (status.failed > 0)
            audio << tr("copies failed: %1").arg(locale.toString(status.failed));
        counts += u"<br>"_s + audio.join(u" · "_s).toHtmlEscaped();
    }
    const bool connected = anyConnected();
    if (!connected && status.liked.isEmpty())
        counts = tr("Connect a music service to keep your liked tracks here. <a href=\"#connect\">Connect…</a>");
    m_counts->setText(counts);
    m_counts->setAccessibleName(tr("Liked tracks in the library"));
    m_counts->setAccessibleDescription(QTextDocumentFragment::fromHtml(counts).toPlainText());

    const QString next = SyncSummary::next(status);
    m_next->setText(next);
    // Before any service is connected, there is nothing to plan or pause.
    const bool relevant = connected || !status.liked.isEmpty();
    m_next->setVisible(relevant && !next.isEmpty());
    m_pause->setVisible(relevant || m_services.sync.isPaused());

    m_syncNow->setText(running ? tr("Syncing…") : tr("Sync now"));
    m_syncNow->setEnabled(!running && connected);
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setToolTip(
        connected ? tr("Read your liked tracks now") : tr("Connect a music service on the Connect page first"));
    m_pause->setText(m_services.sync.isPaused() ? tr("Resume sync") : tr("Pause sync"));
    m_pause->setAccessibleName(m_pause->text());
    m_withoutAudio->setText(tr("Without audio…"));
    m_withoutAudio->setToolTip(tr("The liked tracks none of your music folders has, with Open in Spotify"));
    m_withoutAudio->setAccessibleName(tr("Liked tracks without audio"));
    m_withoutAudio->setVisible(status.withoutAudio > 0);
    m_openLog->setText(tr("Open log"));
    m_openLog->setToolTip(tr("What each sync did, file by file, in MelodyHue’s log"));
    m_openLog->setVisible(!LogFile::path().isEmpty());
}

#include "gui/tray/trayicon.h"

#include "nowplaying/playbackstate.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(QIcon(u":/icons/melodyhue.svg"_s), this))
    , m_nowPlaying(m_menu->addAction(QString()))
    , m_open(nullptr)
    , m_copyOverlayUrl(nullptr)
    , m_quit(nullptr)
{
    // What plays, for reading: clicking it opens the window.
    m_menu->addSeparator();
    m_open = m_menu->addAction(QString());
    m_copyOverlayUrl = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_menu->setToolTipsVisible(true);
    m_menu->installEventFilter(this);
    m_icon->setContextMenu(m_menu.get());

    connect(m_nowPlaying, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    // A notification says what to do in the window: clicking it opens it.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_copyOverlayUrl, &QAction::triggered, this, &TrayIcon::copyOverlayUrl);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    retranslate();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_icon->show();
}

void TrayIcon::hide()
{
    m_icon->hide();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::setServerStatus(const QUrl &baseUrl, const QString &problem)
{
    m_baseUrl = baseUrl;
    m_problem = problem;
    retranslate();
}

void TrayIcon::setNowPlaying(const PlaybackState &state)
{
    QString track;
    if (state.track && state.track->type == u"ad"_s) {
        track = tr("Advertisement");
    } else if (state.track) {
        track = state.track->title.left(200).simplified();
        if (!state.track->artists.isEmpty())
            track = tr("%1 — %2").arg(track, state.track->artists.join(u", "_s).left(200).simplified());
    }
    if (track == m_track && state.isPlaying == m_playing)
        return;
    m_track = track;
    m_playing = state.isPlaying;
    retranslate();
}

void TrayIcon::setOverlay(const QUrl &url, const QString &name, QSize size)
{
    m_overlayUrl = url;
    m_overlayName = name;
    m_overlaySize = size;
    retranslate();
}

void TrayIcon::copyOverlayUrl()
{
    if (!m_overlayUrl.isValid())
        return;
    QGuiApplication::clipboard()->setText(m_overlayUrl.toString());
    notify(tr("Overlay URL copied"),
        tr("Paste it into an OBS Browser source, %1 × %2.").arg(m_overlaySize.width()).arg(m_overlaySize.height()));
}

void TrayIcon::setNotices(const QStringList &notices)
{
    if (notices == m_notices)
        return;
    m_notices = notices;
    retranslate();
}

void TrayIcon::setActivity(const QString &activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    retranslate();
}

void TrayIcon::addActions(const QList<QAction *> &actions)
{
    // Before the separator that precedes Quit, in a section of their own.
    const QList<QAction *> entries = m_menu->actions();
    QAction *before = entries.at(entries.indexOf(m_quit) - 1);
    m_menu->insertActions(before, actions);
    m_menu->insertSeparator(actions.constFirst());
}

void TrayIcon::notify(const QString &title, const QString &message)
{
    m_icon->showMessage(title, message, QSystemTrayIcon::Information, 5000);
    Q_EMIT notified(title, message);
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT languageChanged();
    }
    return QObject::eventFilter(watched, event);
}

void TrayIcon::retranslate()
{
    // Menus do not elide: a long title is cut here.
    const QString shortTrack = m_track.size() > 60 ? m_track.left(59) + u'…' : m_track;
    m_nowPlaying->setText(m_track.isEmpty() ? tr("Nothing is playing")
            : m_playing                     ? tr("▶ %1").arg(shortTrack)
                                            : tr("Paused: %1").arg(shortTrack));
    m_nowPlaying->setToolTip(m_track);
    m_open->setText(tr("Open MelodyHue"));
    m_copyOverlayUrl->setText(tr("Copy overlay URL"));
    m_copyOverlayUrl->setEnabled(m_overlayUrl.isValid());
    m_copyOverlayUrl->setToolTip(m_overlayUrl.isValid()
            ? tr("%1: %2").arg(m_overlayName, m_overlayUrl.toString())
            : tr("No overlay to copy: the local server is not running, or the Overlays page has none."));
    m_quit->setText(tr("Quit"));
    QString tip = tr("MelodyHue");
    if (!m_track.isEmpty())
        tip += u'\n' + (m_playing ? shortTrack : tr("Paused: %1").arg(shortTrack));
    if (!m_problem.isEmpty())
        tip += u'\n' + m_problem + u' ' + tr("Open MelodyHue to choose another port.");
    else if (m_baseUrl.isValid())
        tip += u'\n' + tr("Serving on %1").arg(m_baseUrl.toString());
    for (const QString &notice : std::as_const(m_notices))
        tip += u'\n' + notice;
    if (!m_activity.isEmpty())
        tip += u'\n' + m_activity;
    m_icon->setToolTip(tip);
}

#include "gui/tray/trayicon.h"

#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(QIcon(u":/icons/melodyhue.svg"_s), this))
    , m_open(m_menu->addAction(QString()))
    , m_copyOverlayUrl(m_menu->addAction(QString()))
    , m_quit(nullptr)
{
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_menu->setToolTipsVisible(true);
    m_menu->installEventFilter(this);
    m_icon->setContextMenu(m_menu.get());

    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
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

void TrayIcon::notify(const QString &title, const QString &message)
{
    m_icon->showMessage(title, message, QSystemTrayIcon::Information, 5000);
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::retranslate()
{
    m_open->setText(tr("Open MelodyHue"));
    m_copyOverlayUrl->setText(tr("Copy overlay URL"));
    m_copyOverlayUrl->setEnabled(false);
    m_copyOverlayUrl->setToolTip(tr("No overlay page yet: the Overlays page lists the colour addresses for OBS."));
    m_quit->setText(tr("Quit"));
    QString tip = tr("MelodyHue");
    if (!m_problem.isEmpty())
        tip += u'\n' + m_problem + u' ' + tr("Open MelodyHue to choose another port.");
    else if (m_baseUrl.isValid())
        tip += u'\n' + tr("Serving on %1").arg(m_baseUrl.toString());
    m_icon->setToolTip(tip);
}

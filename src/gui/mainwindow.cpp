#include "gui/mainwindow.h"

#include "gui/guide/setupguide.h"
#include "gui/pages/connectpage.h"
#include "gui/pages/dashboardpage.h"
#include "gui/pages/overlayspage.h"
#include "gui/pages/settingspage.h"
#include "gui/theme/themecontroller.h"
#include "gui/widgets/messagebanner.h"
#include "gui/widgets/pagescrollarea.h"
#include "gui/widgets/wheelguard.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int pageRightMargin = 12;

} // namespace

MainWindow::MainWindow(const GuiServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_dashboard(new DashboardPage(services, this))
    , m_connect(new ConnectPage(services, this))
    , m_overlays(new OverlaysPage(services, this))
    , m_settings(new SettingsPage(services, this))
    , m_guide(new SetupGuide(services, this))
{
    setObjectName(u"mainWindow"_s);
    WheelGuard::install();
    m_theme = new ThemeController(services.settings, this);
    setWindowIcon(QIcon(u":/icons/melodyhue.svg"_s));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setFixedWidth(190);
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 16, 0, 12);
    auto *brand = new QLabel(sidebar);
    brand->setObjectName(u"brand"_s);
    brand->setText(u"<img src=\":/icons/melodyhue.svg\" width=\"28\" height=\"28\" style=\"vertical-align:middle\">"
                   u"&nbsp;&nbsp;MelodyHue"_s);
    brand->setContentsMargins(16, 0, 0, 8);
    sidebarLayout->addWidget(brand);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    for (int i = 0; i < 4; ++i)
        m_navigation->addItem(new QListWidgetItem);
    sidebarLayout->addWidget(m_navigation, 1);
    auto *version = new QLabel(u"MelodyHue " MELODYHUE_VERSION ""_s, sidebar);
    version->setObjectName(u"hint"_s);
    version->setContentsMargins(16, 0, 0, 0);
    sidebarLayout->addWidget(version);
    layout->addWidget(sidebar);

    auto *content = new QVBoxLayout;
    content->setContentsMargins(24, 18, 24, 16);
    content->setSpacing(12);
    m_title->setObjectName(u"pageTitle"_s);
    content->addWidget(m_title);
    // As wide as the pages' cards, which keep room on the right for the scroll bar.
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(0, 0, pageRightMargin, 0);
    bannerRow->addWidget(m_banner);
    content->addLayout(bannerRow);
    for (QWidget *page : {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_connect),
             static_cast<QWidget *>(m_overlays), static_cast<QWidget *>(m_settings), static_cast<QWidget *>(m_guide)})
        m_stack->addWidget(scrollable(page));
    content->addWidget(m_stack, 1);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    connect(m_connect, &ConnectPage::settingsRequested, this, [this](const QString &serviceId) {
        showPage(Page::Settings);
        m_settings->showCredentials(serviceId);
    });
    connect(m_settings, &SettingsPage::connectRequested, this, [this](const QString &serviceId) {
        showPage(Page::Connect);
        m_connect->connectService(serviceId);
    });
    connect(m_dashboard, &DashboardPage::connectRequested, this, [this] { showPage(Page::Connect); });
    connect(m_dashboard, &DashboardPage::guideRequested, this, [this] { showPage(Page::Guide); });
    connect(m_guide, &SetupGuide::closed, this, [this] { showPage(Page::Dashboard); });
    connect(m_dashboard, &DashboardPage::pathsRequested, this, [this] {
        showPage(Page::Settings);
        m_settings->showPaths();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showRow);
    // While the guide shows, the row left current is only unselected: clicking it shows it again.
    connect(m_navigation, &QListWidget::pressed, this, [this](const QModelIndex &index) { showRow(index.row()); });
    connect(m_navigation, &QListWidget::activated, this, [this](const QModelIndex &index) { showRow(index.row()); });
    // A first run starts with the guide; later ones on what plays, or where music gets connected.
    const QList<ServiceAccount *> accounts = services.services.accounts();
    const bool anyConnected = std::any_of(accounts.cbegin(), accounts.cend(),
        [](const ServiceAccount *account) { return account->state() == ServiceAccount::State::Connected; });
    showPage(anyConnected ? Page::Dashboard : SetupGuide::isDone(services.settings) ? Page::Connect : Page::Guide);
    // Below this, the cards' text would wrap into narrow columns.
    setMinimumSize(760, 520);
    resize(880, 620);
    retranslate();
}

QWidget *MainWindow::scrollable(QWidget *page)
{
    if (page->layout())
        page->layout()->setContentsMargins(0, 0, pageRightMargin, 0);
    return new PageScrollArea(page, this);
}

void MainWindow::showPage(Page page)
{
    if (page == Page::Guide) {
        // No sidebar entry is selected while the guide shows. The current row stays (an item view
        // makes its first row current when it gets the focus without one).
        if (m_navigation->currentRow() < 0) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(int(Page::Dashboard));
        }
        m_navigation->clearSelection();
        showRow(int(Page::Guide));
        return;
    }
    if (m_navigation->currentRow() == int(page))
        showRow(int(page));
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::showRow(int row)
{
    if (row < 0)
        return;
    if (row != int(Page::Guide) && !m_navigation->item(row)->isSelected())
        m_navigation->item(row)->setSelected(true);
    m_stack->setCurrentIndex(row);
    retranslate();
    refreshBanner();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::activate()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::setServerStatus(const QUrl &baseUrl, const QString &problem)
{
    m_serverProblem = problem;
    m_overlays->setServerStatus(baseUrl, problem);
    m_guide->setServerBaseUrl(baseUrl);
    m_settings->setServerStatus(baseUrl, problem);
    refreshBanner();
}

void MainWindow::setKeychainProblem(const QString &problem)
{
    m_keychainProblem = problem;
    refreshBanner();
}

void MainWindow::refreshBanner()
{
    QStringList problems;
    // Next to the port field, Settings says it plainly; elsewhere the banner says where to go.
    if (!m_serverProblem.isEmpty() && currentPage() != Page::Settings)
        problems.append(m_serverProblem + u' ' + tr("Choose another port in Settings."));
    if (!m_keychainProblem.isEmpty())
        problems.append(m_keychainProblem);
    m_banner->showMessage(MessageBanner::Kind::Error, problems.join(u"\n\n"_s));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_hidesToTray) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("MelodyHue"));
    const QStringList labels{tr("Dashboard"), tr("Connect"), tr("Overlays"), tr("Settings")};
    for (int i = 0; i < labels.size(); ++i)
        m_navigation->item(i)->setText(labels[i]);
    m_title->setText(currentPage() == Page::Guide ? m_guide->title() : labels.value(m_stack->currentIndex()));
}

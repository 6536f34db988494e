#pragma once

#include "gui/guiservices.h"

#include <QMainWindow>
#include <QUrl>

class ConnectPage;
class DashboardPage;
class MessageBanner;
class OverlaysPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsPage;
class SetupGuide;
class ThemeController;

// The MelodyHue window: a sidebar with the four pages, and a banner for what needs attention.
// Closing it hides it to the tray when there is one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Guide is the setup guide: no entry of its own in the sidebar.
    enum class Page { Dashboard, Connect, Overlays, Settings, Guide };
    Q_ENUM(Page)

    explicit MainWindow(const GuiServices &services, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    // Shows, raises and focuses the window (tray click, second launch).
    void activate();

    void setServerStatus(const QUrl &baseUrl, const QString &problem);
    void setKeychainProblem(const QString &problem);
    void setHidesToTray(bool hides) { m_hidesToTray = hides; }

    DashboardPage *dashboardPage() const { return m_dashboard; }
    ConnectPage *connectPage() const { return m_connect; }
    OverlaysPage *overlaysPage() const { return m_overlays; }
    SettingsPage *settingsPage() const { return m_settings; }
    SetupGuide *setupGuide() const { return m_guide; }
    MessageBanner *banner() const { return m_banner; }
    ThemeController *theme() const { return m_theme; }

Q_SIGNALS:
    // The window was closed to the tray (the tray may say where it went).
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *scrollable(QWidget *page);
    void showRow(int row);
    void retranslate();
    void refreshBanner();

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_title;
    MessageBanner *m_banner;
    ThemeController *m_theme = nullptr;
    DashboardPage *m_dashboard;
    ConnectPage *m_connect;
    OverlaysPage *m_overlays;
    SettingsPage *m_settings;
    SetupGuide *m_guide;
    QString m_serverProblem;
    QString m_keychainProblem;
    bool m_hidesToTray = false;
};

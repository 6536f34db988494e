#pragma once

#include <QObject>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

struct PlaybackState;

// The tray icon: a click opens the window; the menu shows what plays first, then offers Open,
// Copy overlay URL (the first overlay's, for OBS), what other parts add (the sync) and Quit. Its tooltip says what
// plays and where MelodyHue serves, or what is wrong.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void show();
    void hide();
    bool isVisible() const;
    QMenu *menu() const { return m_menu.get(); }
    QString toolTip() const;

    void setServerStatus(const QUrl &baseUrl, const QString &problem);
    void setNowPlaying(const PlaybackState &state);
    // Lines about the music services for the tooltip (a spent budget, a refusal…).
    void setNotices(const QStringList &notices);
    // A line for the tooltip about work in the background (the sync of liked tracks).
    void setActivity(const QString &activity);
    // Entries of another part of MelodyHue, before Quit.
    void addActions(const QList<QAction *> &actions);
    // The overlay "Copy overlay URL" copies; an invalid URL disables it.
    void setOverlay(const QUrl &url, const QString &name, QSize size);
    // The first menu entry, for tests.
    QAction *nowPlayingAction() const { return m_nowPlaying; }
    void notify(const QString &title, const QString &message);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    // The language changed: what adds to the menu retranslates its entries.
    void languageChanged();
    // A notification was shown (for tests and the log).
    void notified(const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void copyOverlayUrl();

    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_nowPlaying;
    QAction *m_open;
    QAction *m_copyOverlayUrl;
    QAction *m_quit;
    QUrl m_baseUrl;
    QString m_problem;
    QUrl m_overlayUrl;
    QString m_overlayName;
    QSize m_overlaySize;
    // "Title — Artists", or empty when nothing plays.
    QString m_track;
    QStringList m_notices;
    QString m_activity;
    bool m_playing = false;
};

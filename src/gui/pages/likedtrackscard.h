#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"

class QLabel;
class QProgressBar;
class QPushButton;

// The Dashboard's card for the library of liked tracks: where the sync stands (a progress bar
// while it reads, what it waits for, why it failed), how many liked tracks each service has
// in the library and what the last sync changed, how many have their audio on the drives and
// how many have none in the music folders, when the next sync runs, and Sync now, Pause /
// Resume and Open log.
class LikedTracksCard : public Card
{
    Q_OBJECT

public:
    explicit LikedTracksCard(const GuiServices &services, QWidget *parent = nullptr);

    // For tests and assistive tools.
    QString stateText() const;
    QString countsText() const;
    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *openLogButton() const { return m_openLog; }
    QPushButton *withoutAudioButton() const { return m_withoutAudio; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void connectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void togglePause();
    bool anyConnected() const;

    GuiServices m_services;
    QLabel *m_dot;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QLabel *m_next;
    QPushButton *m_syncNow;
    QPushButton *m_pause;
    QPushButton *m_openLog;
    QPushButton *m_withoutAudio;
    // A pause or resume that could not be saved.
    QString m_failure;
};

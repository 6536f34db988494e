#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"

class QLabel;
class QListWidget;
class QPushButton;

// Settings → Paths: the user's own music folders, where the sync finds the audio of liked tracks
// (read, never changed), and the drives it copies them to, each with a folder picker. A folder
// that cannot be used says why here, next to the list.
class PathsSettings : public Card
{
    Q_OBJECT

public:
    PathsSettings(const GuiServices &services, QWidget *parent = nullptr);

    // What Add… does once a folder is chosen (tests call them directly).
    void addMusicFolder(const QString &folder);
    void addDrive(const QString &folder);
    QListWidget *musicList() const { return m_music; }
    QListWidget *driveList() const { return m_drives; }
    QPushButton *removeDriveButton() const { return m_removeDrive; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadMusic();
    void loadDrives();
    void removeMusicFolder();
    void removeDrive();
    void showError(const QString &message);
    QString chooseFolder(const QString &title);

    GuiServices m_services;
    QLabel *m_intro;
    QLabel *m_musicLabel;
    QListWidget *m_music;
    QPushButton *m_addMusic;
    QPushButton *m_removeMusic;
    QLabel *m_drivesLabel;
    QListWidget *m_drives;
    QPushButton *m_addDrive;
    QPushButton *m_removeDrive;
    QLabel *m_error;
};

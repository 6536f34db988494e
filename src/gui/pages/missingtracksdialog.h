#pragma once

#include "gui/guiservices.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// The liked tracks none of the music folders has the audio of: the list, and "Open in Spotify"
// for the one chosen (to buy it, or to find it in the user's own collection).
class MissingTracksDialog : public QDialog
{
    Q_OBJECT

public:
    MissingTracksDialog(const GuiServices &services, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QUrl chosenPage() const;

private:
    void load();
    void refreshButton();

    GuiServices m_services;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_open;
};

#pragma once

#include "gui/guiservices.h"

#include <QWidget>

class CredentialsCard;
class StatusLine;

// The guide's first step: the user's Spotify app (the steps to make it, the redirect URI to
// copy), its Client ID, one Connect button that saves it and opens the browser, then what the
// connection doctor finds.
class SpotifyStep : public QWidget
{
    Q_OBJECT

public:
    SpotifyStep(const GuiServices &services, QWidget *parent = nullptr);

    bool isComplete() const;
    CredentialsCard *credentials() const { return m_credentials; }
    StatusLine *status() const { return m_status; }

Q_SIGNALS:
    void completeChanged();

private:
    void connectService();
    void refresh();

    GuiServices m_services;
    CredentialsCard *m_credentials;
    StatusLine *m_status;
};

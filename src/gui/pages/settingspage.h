#pragma once

#include "gui/guiservices.h"
#include "settings/settingsschema.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class CredentialsCard;
class ObsSettings;
class OutputSettings;
class PathsSettings;
class PlayerSettings;
class QComboBox;
class QLabel;

namespace Ui {
class SettingsPage;
}

// Settings: every preference, saved the moment it changes; the server's port and API key.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const GuiServices &services, QWidget *parent = nullptr);
    ~SettingsPage() override;

    void setServerStatus(const QUrl &baseUrl, const QString &problem);
    // Shown right under the setting's field, e.g. when a value is refused; empty clears it.
    void showError(SettingKey key, const QString &message);
    QString errorShown(SettingKey key) const;
    CredentialsCard *credentialsCard(const QString &serviceId) const;
    PlayerSettings *playerSettings() const { return m_player; }
    PathsSettings *pathsSettings() const { return m_paths; }
    OutputSettings *outputSettings() const { return m_outputs; }
    ObsSettings *obsSettings() const { return m_obs; }
    // Brings a service's credentials into view with the Client ID field focused.
    void showCredentials(const QString &serviceId);
    void showPaths();

Q_SIGNALS:
    // The user asked to serve on another port; Application answers with setServerStatus().
    void portChangeRequested(quint16 port);
    // "Connect now" after saving a service's credentials.
    void connectRequested(const QString &serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectFields();
    void loadFromSettings();
    void save(SettingKey key, const QJsonValue &value);
    void chooseColor();
    void regenerateApiKey();
    void addCredentialsCards();
    void bringIntoView(QWidget *widget);
    static void repolish(QWidget *widget);
    void refreshApiKey();
    void refreshServerStatus();
    void retranslate();
    QLabel *errorLabel(SettingKey key) const;

    GuiServices m_services;
    std::unique_ptr<Ui::SettingsPage> m_ui;
    QUrl m_baseUrl;
    QString m_serverProblem;
    QList<CredentialsCard *> m_credentials;
    PlayerSettings *m_player;
    PathsSettings *m_paths;
    OutputSettings *m_outputs;
    ObsSettings *m_obs;
    QLabel *m_playerLabel;
    QLabel *m_themeLabel;
    QComboBox *m_themeCombo;
};

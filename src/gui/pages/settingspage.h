#pragma once

#include "gui/guiservices.h"
#include "settings/settingsschema.h"

#include <QUrl>
#include <QWidget>

#include <memory>

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
    // Shown in the group of the setting, e.g. when a value is refused; empty clears it.
    void showError(SettingKey key, const QString &message);
    QString errorShown(SettingKey key) const;

Q_SIGNALS:
    // The user asked to serve on another port; Application answers with setServerStatus().
    void portChangeRequested(quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectFields();
    void loadFromSettings();
    void save(SettingKey key, const QJsonValue &value);
    void chooseColor();
    void regenerateApiKey();
    void saveCredentials(std::optional<QString> secret);
    void refreshCredentials();
    void showCredentialsMessage(const QString &message, bool isError);
    void bringIntoView(QWidget *message);
    void refreshApiKey();
    void refreshServerStatus();
    void retranslate();
    QLabel *errorLabel(SettingKey key) const;

    GuiServices m_services;
    std::unique_ptr<Ui::SettingsPage> m_ui;
    QUrl m_baseUrl;
    QString m_serverProblem;
};

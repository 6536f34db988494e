#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class ConnectionCheckPanel;
class CopyField;
class QLabel;
class QLineEdit;
class QPushButton;
class ServiceAccount;
class ServiceRegistry;
class StatusLine;

// One music service's credentials in Settings, built from the service's CredentialsGuide: how
// to make its developer app (with the redirect URI to copy), the Client ID with its error right
// under it, the optional client secret, Save, and once saved, Connect now. A new service gets
// its card from its own guide; nothing here names a service.
class CredentialsCard : public QWidget
{
    Q_OBJECT

public:
    CredentialsCard(ServiceAccount &account, ServiceRegistry &registry, QWidget *parent = nullptr);

    QString serviceId() const;
    // Where "Go to Settings" on the Connect page leads: the Client ID field, with focus.
    void focusClientId();
    QString errorShown() const;
    ConnectionCheckPanel *checkPanel() const { return m_check; }
    // One button saves the Client ID and connects (the setup guide): "Connect" instead of
    // "Save" then "Connect now".
    void setConnectsWhenSaved(bool connects);
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void connectRequested(const QString &serviceId);
    // An error appeared that the user may not be looking at.
    void attentionNeeded(QWidget *where);

protected:
    void changeEvent(QEvent *event) override;

private:
    void save(std::optional<QString> secret);
    void showError(const QString &message);
    void showStatus(std::function<QString()> message, bool offerConnect);
    void refresh();
    void retranslate();

    ServiceAccount &m_account;
    ServiceRegistry &m_registry;
    QLabel *m_title;
    QLabel *m_steps;
    QLabel *m_note;
    QLabel *m_redirectLabel;
    CopyField *m_redirectUri;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QLabel *m_clientIdError;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QPushButton *m_forgetSecret;
    QPushButton *m_save;
    StatusLine *m_status;
    QPushButton *m_connectNow;
    ConnectionCheckPanel *m_check;
    bool m_connectsWhenSaved = false;
};

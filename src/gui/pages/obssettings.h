#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"

class QLabel;
class QLineEdit;
class QPushButton;
class StatusLine;

// Settings → OBS: where obs-websocket listens and its password (kept in the keychain), with a
// button that tries them, so that "Add to OBS" works the first time.
class ObsSettings : public Card
{
    Q_OBJECT

public:
    ObsSettings(const GuiServices &services, QWidget *parent = nullptr);

    // For tests.
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    StatusLine *statusLabel() const { return m_status; }
    QString statusText() const;
    void test();
    void savePassword();

Q_SIGNALS:
    // A try ended: OBS answered (connected) or not.
    void tried(bool connected);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void saveAddress();
    void refreshPasswordState();

    GuiServices m_services;
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_forget;
    QPushButton *m_test;
    bool m_testing = false;
    StatusLine *m_status;
};

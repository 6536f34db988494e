#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

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
    QLabel *statusLabel() const { return m_status; }
    QString statusText() const;
    void test();
    void savePassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void saveAddress();
    void refreshPasswordState();
    void showStatus(const QString &text, bool error);
    // Made again in the new language when it changes.
    void showStatus(std::function<QString()> text, bool error);

    GuiServices m_services;
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_forget;
    QPushButton *m_test;
    bool m_testing = false;
    std::function<QString()> m_statusText;
    QLabel *m_status;
};

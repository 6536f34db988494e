#pragma once

#include <QStringList>
#include <QWidget>

#include <QCoroTask>

class QLabel;
class QPushButton;
class QVBoxLayout;
class ServiceRegistry;

// "Check connection": runs the connection doctor for one service and shows its report, one
// line each (a dot and a sentence), where the user clicked: on the Connect card and in
// Settings → Credentials.
class ConnectionCheckPanel : public QWidget
{
    Q_OBJECT

public:
    ConnectionCheckPanel(ServiceRegistry &registry, const QString &service, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }
    // Runs the check as if the button were clicked (the setup guide does, once connected).
    void start();
    // The report's sentences, for tests and screen readers.
    QStringList lines() const;

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    QCoro::Task<> run();
    void clearLines();
    void retranslate();

    ServiceRegistry &m_registry;
    QString m_service;
    QPushButton *m_button;
    QVBoxLayout *m_lines;
    QStringList m_texts;
    bool m_running = false;
};

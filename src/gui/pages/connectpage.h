#pragma once

#include "gui/guiservices.h"

#include <QHash>
#include <QList>
#include <QWidget>

class Card;
class ConnectionCheckPanel;
class MessageBanner;
class QLabel;
class ServiceAccount;
class ServiceCard;

// Connect: one card per music service with its real state and the one action that makes sense
// now (Connect, Disconnect, Reconnect, Cancel, Go to Settings), the outcome of the last
// authorization, and how connecting works.
class ConnectPage : public QWidget
{
    Q_OBJECT

public:
    ConnectPage(const GuiServices &services, QWidget *parent = nullptr);

    ServiceCard *card(const QString &serviceId) const;
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    // The user must add credentials first.
    // The service has no credentials yet: Settings should show them.
    void settingsRequested(const QString &serviceId);

protected:
    void changeEvent(QEvent *event) override;

public:
    // Starts connecting: the browser opens on the service's consent page.
    void connectService(const QString &serviceId);

private:
    void disconnectNow(const QString &serviceId);
    void retranslate();
    void refreshStates();
    void refreshCard(ServiceCard *card, const ServiceAccount &account);
    void act(const QString &serviceId);
    // Asks first; disconnectNow() when the user confirms.
    void disconnectService(const QString &serviceId);

    GuiServices m_services;
    MessageBanner *m_banner;
    QLabel *m_intro;
    QList<ServiceCard *> m_cards;
    QHash<QString, ConnectionCheckPanel *> m_checks;
    Card *m_howItWorks;
    QLabel *m_steps;
    QStringList m_busy;
};

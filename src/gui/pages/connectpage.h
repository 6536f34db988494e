#pragma once

#include "gui/guiservices.h"

#include <QList>
#include <QWidget>

class Card;
class QLabel;
class ServiceCard;

// Connect: one card per music service with its real state, and how connecting works.
class ConnectPage : public QWidget
{
    Q_OBJECT

public:
    ConnectPage(const GuiServices &services, QWidget *parent = nullptr);

    ServiceCard *card(const QString &serviceId) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshStates();

    GuiServices m_services;
    QLabel *m_intro;
    QList<ServiceCard *> m_cards;
    Card *m_howItWorks;
    QLabel *m_steps;
};

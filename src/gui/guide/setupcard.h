#pragma once

#include "gui/widgets/card.h"

class QLabel;
class QPushButton;
class Settings;

// On the Dashboard until the setup guide is done: the step it was left on, and Continue.
class SetupCard : public Card
{
    Q_OBJECT

public:
    SetupCard(Settings &settings, QWidget *parent = nullptr);

    QPushButton *continueButton() const { return m_continue; }

Q_SIGNALS:
    void guideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Settings &m_settings;
    QLabel *m_text;
    QPushButton *m_continue;
};

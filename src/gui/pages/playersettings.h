#pragma once

#include "gui/guiservices.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

// Settings → Music: which player the overlays follow ("Spotify only", any player, or one of the
// players seen on this computer), how many Web API calls that costs, and, in a plain sentence,
// when the service is rate-limiting MelodyHue.
class PlayerSettings : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerSettings(const GuiServices &services, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QString usageText() const;
    QString problemText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshChoices();
    void refreshUsage();
    void choose(int index);

    GuiServices m_services;
    QComboBox *m_combo;
    QLabel *m_hint;
    QLabel *m_usage;
    QLabel *m_problem;
    QTimer m_usageTimer;
};

#pragma once

#include "gui/guiservices.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

// Settings → Music: which player the overlays follow ("Spotify only", any player, or one of the
// players seen on this computer), how many Web API requests a day MelodyHue may make to
// Spotify (and why), how many it made today, and, in a plain sentence, what keeps the service
// from answering.
class PlayerSettings : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerSettings(const GuiServices &services, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QSpinBox *budgetSpin() const { return m_budget; }
    // The daily budget's row, which the Settings page puts in its form under this one.
    QLabel *budgetLabel() const { return m_budgetLabel; }
    QWidget *budgetField() const { return m_budgetField; }
    QString usageText() const;
    QString problemText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshChoices();
    void refreshUsage();
    void choose(int index);
    void loadBudget();

    GuiServices m_services;
    QComboBox *m_combo;
    QLabel *m_hint;
    QLabel *m_usage;
    QLabel *m_problem;
    QLabel *m_budgetLabel;
    QWidget *m_budgetField;
    QSpinBox *m_budget;
    QLabel *m_budgetHint;
    QTimer m_usageTimer;
};

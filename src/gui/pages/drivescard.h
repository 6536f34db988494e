#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"
#include "sync/drivestate.h"

class QLabel;
class QVBoxLayout;

// The Dashboard's Drives: one row per destination with its label and folder, a capacity bar
// with the free space, the liked tracks on it and those not yet, whether it is plugged in,
// what went wrong there and Open folder. With no drive yet, the way to add one.
class DrivesCard : public Card
{
    Q_OBJECT

public:
    explicit DrivesCard(const GuiServices &services, QWidget *parent = nullptr);

    // For tests and assistive tools: each row's text, as a screen reader reads it.
    QStringList rowTexts() const;

Q_SIGNALS:
    void pathsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QWidget *row(const DriveState &drive);

    GuiServices m_services;
    QLabel *m_empty;
    QVBoxLayout *m_rows;
    QList<DriveState> m_shown;
};

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// One music service on the Connect page: state dot, logo, name, state line, action button (and
// a second, flat one when a state offers two), a one-line description, and details under it
// (the connection doctor's report).
class ServiceCard : public QFrame
{
    Q_OBJECT

public:
    ServiceCard(const QString &serviceId, const QString &name, const QString &logo, QWidget *parent = nullptr);

    QString serviceId() const { return m_serviceId; }
    void setDescription(const QString &text);
    void setState(int dotState, const QString &stateText);
    void setAction(const QString &text, bool enabled);
    // An empty text hides the second action.
    void setSecondaryAction(const QString &text);
    void addDetails(QWidget *details);
    QPushButton *secondaryButton() const { return m_secondary; }
    QString stateText() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionClicked(const QString &serviceId);
    void secondaryClicked(const QString &serviceId);

private:
    QString m_serviceId;
    QLabel *m_dot;
    QLabel *m_logo;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_description;
    QPushButton *m_action;
    QPushButton *m_secondary;
};

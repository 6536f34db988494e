#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

// A titled, rounded panel: the building block of every page.
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Without frame, margins or title: its content inside another card (the setup guide's).
    void setFlat();
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
    bool m_flat = false;
};

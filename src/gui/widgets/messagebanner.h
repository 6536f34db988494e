#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A coloured strip at the top of the window for what the user must know now: a failure
// (the port is taken, no keychain) or a success.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Success };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
};

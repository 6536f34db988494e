#pragma once

#include <QFrame>

#include <functional>

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

    // A text made again when the language changes (tr() inside), so that a message shown before
    // the switch is read in the new language too.
    using Text = std::function<QString()>;
    void showMessage(Kind kind, Text text);
    // A text that is not made here (a failure from the core, already translated).
    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Text m_text;
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
};

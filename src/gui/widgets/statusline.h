#pragma once

#include <QLabel>

#include <functional>

// How something went, said next to where it happened: a hint, or an error in red. Given as a
// function, the sentence is made again in the new language when the language changes, so a
// line written before a switch does not stay in the old one.
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Hint, Error };

    explicit StatusLine(QWidget *parent = nullptr);

    void say(std::function<QString()> text, Kind kind = Kind::Hint);
    // A sentence made elsewhere (an error's message, already in the user's language).
    void say(const QString &text, Kind kind = Kind::Hint);
    void clearStatus();
    bool isError() const { return m_kind == Kind::Error; }
    // Hidden while there is nothing to say (a line of its own rather than beside a button).
    void setHiddenWhenEmpty(bool hidden);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::function<QString()> m_text;
    Kind m_kind = Kind::Hint;
    bool m_hiddenWhenEmpty = false;
};

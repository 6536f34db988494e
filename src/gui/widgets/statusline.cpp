#include "gui/widgets/statusline.h"

#include <QEvent>
#include <QStyle>

StatusLine::StatusLine(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setProperty("hint", true);
}

void StatusLine::say(std::function<QString()> text, Kind kind)
{
    m_text = std::move(text);
    m_kind = kind;
    setProperty("error", kind == Kind::Error);
    setProperty("hint", kind == Kind::Hint);
    style()->unpolish(this);
    style()->polish(this);
    refresh();
}

void StatusLine::say(const QString &text, Kind kind)
{
    say([text] { return text; }, kind);
}

void StatusLine::clearStatus()
{
    say(std::function<QString()>(), Kind::Hint);
}

void StatusLine::setHiddenWhenEmpty(bool hidden)
{
    m_hiddenWhenEmpty = hidden;
    refresh();
}

void StatusLine::refresh()
{
    const QString text = m_text ? m_text() : QString();
    setText(text);
    setAccessibleDescription(text);
    if (m_hiddenWhenEmpty)
        setVisible(!text.isEmpty());
}

void StatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_text)
        refresh();
    QLabel::changeEvent(event);
}

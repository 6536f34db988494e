#include "gui/widgets/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"banner"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    m_label->setWordWrap(true);
    // Messages may quote what a remote service sent: never markup.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_close->setText(u"\u2715"_s);
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    showMessage(kind, [text] { return text; });
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_text)
        m_label->setText(m_text());
    QFrame::changeEvent(event);
}

void MessageBanner::showMessage(Kind kind, Text text)
{
    m_kind = kind;
    m_text = std::move(text);
    const QString shown = m_text ? m_text() : QString();
    m_label->setText(shown);
    static const char *const kinds[] = {"error", "warning", "success"};
    setProperty("kind", QString::fromLatin1(kinds[int(kind)]));
    // Re-evaluate the style sheet for the new kind, on the label too: its colour depends on it.
    for (QWidget *widget : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_label)}) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
    setVisible(!shown.isEmpty());
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

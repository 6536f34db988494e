#include "gui/widgets/pagescrollarea.h"

PageScrollArea::PageScrollArea(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

bool PageScrollArea::focusNextPrevChild(bool next)
{
    // QWidget::setEnabled(false) hands the focus on from here: not a move the user asked for,
    // so QScrollArea's scrolling to the next field is skipped on purpose.
    if (const QWidget *focused = focusWidget(); focused && !focused->isEnabled())
        return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
    return QScrollArea::focusNextPrevChild(next);
}

#pragma once

#include <QScrollArea>

// The scroll area of a page. It scrolls to the field the user tabs to, as QScrollArea does, but
// stays where it is when the focused button is disabled while it works (Try the connection,
// Save): the focus moves on without the page jumping away from the result the user waits for.
class PageScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit PageScrollArea(QWidget *page, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

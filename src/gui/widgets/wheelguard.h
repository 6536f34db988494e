#pragma once

#include <QObject>

// The mouse wheel scrolls the page: a spin box, combo box or slider that happens to be under the
// pointer changes only when it has the focus (clicked or reached with Tab). Otherwise the wheel
// goes on to the page around it, as in a browser's forms.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Once for the whole application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

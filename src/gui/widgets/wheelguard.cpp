#include "gui/widgets/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

void WheelGuard::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    const bool guarded = qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QAbstractSlider *>(widget);
    // A scroll bar is a slider too, and the wheel is what it is for.
    if (!guarded || widget->inherits("QScrollBar") || widget->hasFocus())
        return false;
    // Filtered and not accepted: QApplication hands the wheel on to the parent widgets, up to the
    // scroll area of the page.
    event->ignore();
    return true;
}

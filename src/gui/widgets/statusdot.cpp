#include "gui/widgets/statusdot.h"

#include "gui/widgets/paintedpixmap.h"

#include <QLabel>

namespace StatusDot {

void paint(QLabel *label, State state)
{
    static const QColor colors[]
        = {QColor(0x2e, 0xb8, 0x5c), QColor(0xe0, 0x9b, 0x1a), QColor(0xd9, 0x3b, 0x3b), QColor(0x9a, 0x9a, 0x9a)};
    label->setPixmap(paintedPixmap(QSize(12, 12), label->devicePixelRatioF(), [state](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors[state]);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
    }));
    label->setFixedSize(14, 18);
    label->setProperty("dotState", int(state));
}

} // namespace StatusDot

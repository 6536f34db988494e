#include "gui/widgets/statusdot.h"

#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace StatusDot {

void paint(QLabel *label, State state)
{
    static const QColor colors[]
        = {QColor(0x2e, 0xb8, 0x5c), QColor(0xe0, 0x9b, 0x1a), QColor(0xd9, 0x3b, 0x3b), QColor(0x9a, 0x9a, 0x9a)};
    const qreal ratio = label->devicePixelRatioF();
    QPixmap pixmap(QSize(12, 12) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors[state]);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    painter.end();
    label->setPixmap(pixmap);
    label->setFixedSize(14, 18);
    label->setProperty("dotState", int(state));
}

} // namespace StatusDot

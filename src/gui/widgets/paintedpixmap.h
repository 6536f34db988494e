#pragma once

#include <QPainter>
#include <QPixmap>

// A small transparent pixmap, sharp on high-DPI screens, drawn by `paint` with antialiasing in
// device-independent pixels: the dots, logos and colour chips of the window.
template<typename Paint>
QPixmap paintedPixmap(QSize size, qreal devicePixelRatio, Paint &&paint)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    return pixmap;
}

#include "gui/widgets/colorswatch.h"

#include "color/contrast.h"

#include <QPainter>
#include <QPainterPath>

ColorSwatch::ColorSwatch(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ColorSwatch::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    setToolTip(color.name());
    update();
}

QSize ColorSwatch::sizeHint() const
{
    return {120, 44};
}

void ColorSwatch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter.fillPath(path, m_color);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(path);
    painter.setPen(Contrast::readableTextOn(m_color));
    painter.drawText(rect(), Qt::AlignCenter, m_color.name().toUpper());
}

#include "gui/widgets/colorswatch.h"

#include "color/contrast.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

ColorSwatch::ColorSwatch(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_copiedTimer.setSingleShot(true);
    m_copiedTimer.setInterval(1200);
    connect(&m_copiedTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void ColorSwatch::setCopyable(bool copyable)
{
    m_copyable = copyable;
    setCursor(copyable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(copyable ? Qt::StrongFocus : Qt::NoFocus);
    setToolTip(copyable ? tr("Copy %1").arg(m_color.name()) : m_color.name());
}

void ColorSwatch::setSize(const QSize &size)
{
    m_size = size;
    updateGeometry();
}

void ColorSwatch::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_copyable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        copy();
    QWidget::mouseReleaseEvent(event);
}

void ColorSwatch::keyPressEvent(QKeyEvent *event)
{
    if (m_copyable && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return)) {
        copy();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ColorSwatch::copy()
{
    const QString hex = m_color.name();
    QGuiApplication::clipboard()->setText(hex);
    m_copiedTimer.start();
    update();
    Q_EMIT copied(hex);
}

void ColorSwatch::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    setToolTip(m_copyable ? tr("Copy %1").arg(color.name()) : color.name());
    update();
}

QSize ColorSwatch::sizeHint() const
{
    return m_size;
}

void ColorSwatch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter.fillPath(path, m_color);
    painter.setPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid));
    painter.drawPath(path);
    painter.setPen(Contrast::readableTextOn(m_color));
    painter.drawText(rect(), Qt::AlignCenter, m_copiedTimer.isActive() ? tr("Copied") : m_color.name().toUpper());
}

#pragma once

#include <QColor>
#include <QWidget>

#include <QTimer>

// A rounded chip of one colour, with its hex code in a readable text colour. A copyable one
// puts the hex code on the clipboard when clicked and says so for a moment.
class ColorSwatch : public QWidget
{
    Q_OBJECT

public:
    explicit ColorSwatch(QWidget *parent = nullptr);

    void setColor(const QColor &color);
    QColor color() const { return m_color; }
    void setCopyable(bool copyable);
    void setSize(const QSize &size);
    QSize sizeHint() const override;

Q_SIGNALS:
    void copied(const QString &hex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void copy();

    QColor m_color;
    QSize m_size{120, 44};
    bool m_copyable = false;
    QTimer m_copiedTimer;
};

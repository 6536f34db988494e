#include "gui/overlays/overlaythumbnail.h"

#include "nowplaying/overlaycolors.h"
#include "nowplaying/playbackstate.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace {

void drawCover(QPainter &painter, const QRectF &rect, const QImage &cover, const QColor &color, qreal radius)
{
    QPainterPath clip;
    clip.addRoundedRect(rect, radius, radius);
    painter.save();
    painter.setClipPath(clip);
    if (cover.isNull())
        painter.fillRect(rect, color.darker(130));
    else
        painter.drawImage(rect, cover);
    painter.restore();
}

// Lines of text, as bars: at this size words could not be read anyway.
void drawLines(QPainter &painter, QRectF area, const QColor &text, int lines, Qt::Alignment align)
{
    const qreal height = std::max<qreal>(2, area.height() / (lines * 2.2));
    for (int i = 0; i < lines; ++i) {
        const qreal width = area.width() * (i == 0 ? 0.8 : 0.55);
        qreal x = area.left();
        if (align & Qt::AlignHCenter)
            x = area.center().x() - width / 2;
        else if (align & Qt::AlignRight)
            x = area.right() - width;
        QColor color = text;
        color.setAlphaF(i == 0 ? 1.0 : 0.7);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(x, area.top() + i * height * 2, width, height), height / 2, height / 2);
    }
}

} // namespace

OverlayThumbnail::OverlayThumbnail(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(OverlayThumbnail::sizeHint());
}

void OverlayThumbnail::setOverlay(const Overlay &overlay)
{
    m_template = overlay.templateName;
    m_options = overlay.options;
    update();
}

void OverlayThumbnail::setLook(const QColor &color, const QColor &text, const QImage &cover)
{
    m_color = color;
    m_text = text;
    m_cover = cover;
    update();
}

void OverlayThumbnail::showPlaying(const PlaybackState &state, const Settings &settings)
{
    // The picture was decoded once, off this thread; a thumbnail is a small scaling of it.
    if (state.coverPicture.cacheKey() != m_coverKey) {
        m_coverKey = state.coverPicture.cacheKey();
        const int side = height() * 4 / 3;
        m_cover = state.coverPicture.isNull()
            ? QImage()
            : state.coverPicture.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    }
    const OverlayColors shown = OverlayColors::resolve(state, settings).forOverlay(m_options);
    m_color = shown.color;
    m_text = shown.text;
    update();
}

void OverlayThumbnail::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.setClipPath(frame);
    // The scene behind the overlay.
    const int cell = 8;
    for (int y = 0; y < height(); y += cell) {
        for (int x = 0; x < width(); x += cell)
            painter.fillRect(
                x, y, cell, cell, ((x + y) / cell) % 2 ? QColor(0x3a, 0x3f, 0x47) : QColor(0x2e, 0x33, 0x3a));
    }
    // The overlay's own proportions, centred.
    const QSizeF size
        = QSizeF(m_options.width, m_options.height).scaled(QSizeF(rect().size()) * 0.92, Qt::KeepAspectRatio);
    const QRectF area(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    painter.setPen(Qt::NoPen);
    paintContent(painter, area);
    painter.setClipping(false);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(frame);
}

void OverlayThumbnail::paintContent(QPainter &painter, const QRectF &area) const
{
    const bool background = !m_options.transparentBackground;
    const Qt::Alignment align = m_options.textAlign == OverlayOptions::TextAlign::Center ? Qt::AlignHCenter
        : m_options.textAlign == OverlayOptions::TextAlign::Right                        ? Qt::AlignRight
                                                                                         : Qt::AlignLeft;
    if (background)
        painter.fillRect(area, m_color);
    const qreal scale = area.width() / std::max(1, m_options.width);
    const qreal radius = std::min(m_options.cornerRadius * scale, area.height() / 4);

    if (m_template == u"minimal"_s) {
        const QRectF line
            = area.adjusted(area.width() * 0.02, area.height() * 0.25, -area.width() * 0.1, -area.height() * 0.25);
        painter.setBrush(m_color);
        painter.drawRoundedRect(QRectF(line.left(), line.top(), line.height() / 3, line.height()), 1, 1);
        drawLines(painter, line.adjusted(line.height() * 0.8, line.height() * 0.3, 0, 0),
            background ? m_text : Qt::white, 1, align);
        return;
    }
    if (m_template == u"focus"_s || m_template == u"color"_s) {
        QLinearGradient gradient(area.topLeft(), area.bottomRight());
        gradient.setColorAt(0, m_color.lighter(125));
        gradient.setColorAt(1, m_color);
        painter.setBrush(gradient);
        painter.drawRoundedRect(area, radius, radius);
        if (m_template == u"focus"_s) {
            const qreal side = area.height() * 0.5;
            const QRectF cover(area.center().x() - side / 2, area.top() + area.height() * 0.12, side, side);
            if (m_options.showCover)
                drawCover(painter, cover, m_cover, m_color, 2);
            drawLines(painter,
                QRectF(area.left() + area.width() * 0.2, cover.bottom() + area.height() * 0.08, area.width() * 0.6,
                    area.height() * 0.2),
                m_text, 2, Qt::AlignHCenter);
        } else {
            drawLines(painter,
                QRectF(area.left() + area.width() * 0.06, area.bottom() - area.height() * 0.32, area.width() * 0.7,
                    area.height() * 0.22),
                m_text, 2, align);
        }
        return;
    }
    // The cards: default, compact and custom overlays (which start from the card).
    const QRectF card = m_template == u"compact"_s ? area.adjusted(2, 2, -2, -2) : area.adjusted(1, 1, -1, -1);
    painter.setBrush(m_color);
    painter.drawRoundedRect(card, radius, radius);
    const qreal inset = card.height() * 0.12;
    QRectF text = card.adjusted(inset, inset * 1.4, -inset, -inset * 1.4);
    if (m_options.showCover) {
        const qreal side = card.height() - 2 * inset;
        drawCover(painter, QRectF(card.left() + inset, card.top() + inset, side, side), m_cover, m_color, radius / 2);
        text.setLeft(card.left() + inset * 2 + side);
    }
    drawLines(painter, QRectF(text.left(), text.top(), text.width(), text.height() * 0.6), m_text, 2, align);
    if (m_options.showProgress) {
        QColor track = m_text;
        track.setAlphaF(0.3);
        painter.setBrush(track);
        const QRectF bar(text.left(), text.bottom() - 2, text.width(), 2);
        painter.drawRect(bar);
        painter.setBrush(m_text);
        painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * 0.35, bar.height()));
    }
    if (m_template == Overlay::customTemplate()) {
        QFont font = painter.font();
        font.setPixelSize(std::max(8, int(card.height() * 0.22)));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(m_text);
        painter.drawText(card.adjusted(0, 0, -inset, -inset / 2), Qt::AlignRight | Qt::AlignBottom, u"</>"_s);
        painter.setPen(Qt::NoPen);
    }
}

#pragma once

#include "overlays/overlay.h"

#include <QColor>
#include <QImage>
#include <QWidget>

struct PlaybackState;
class Settings;

// A small live sketch of an overlay: its template's layout in the colours and with the cover
// of what plays now, on a checkerboard where OBS would show the scene through it. Drawn with
// QPainter: the tray process never loads a web engine.
class OverlayThumbnail : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayThumbnail(QWidget *parent = nullptr);

    void setOverlay(const Overlay &overlay);
    void setLook(const QColor &color, const QColor &text, const QImage &cover);
    // The colours and the cover of what plays now, as this overlay shows them.
    void showPlaying(const PlaybackState &state, const Settings &settings);

    QSize sizeHint() const override { return {128, 72}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintContent(QPainter &painter, const QRectF &area) const;

    QString m_template;
    OverlayOptions m_options;
    QColor m_color = QColor(0x7c, 0x4d, 0xff);
    QColor m_text = Qt::white;
    QImage m_cover;
    // The picture the cover was scaled from (QImage::cacheKey): scaled once per cover.
    qint64 m_coverKey = 0;
};

// Draws covers next to the palette MelodyHue takes from them, as one PNG, so a reader sees the
// quality at a glance: cover, dominant, vibrant, muted, and a title in the text colour on the
// dominant colour.
// Usage: bench_palettesheet <output.png> <image>...

#include "color/paletteextractor.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Drawing text needs a QGuiApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: bench_palettesheet <output.png> <image>...\n", stderr);
        return 2;
    }
    const QStringList files = arguments.mid(2);
    constexpr int cover = 128;
    constexpr int swatch = 72;
    constexpr int gap = 12;
    constexpr int columns = 2;
    const int rowWidth = cover + gap + 3 * (swatch + gap) + 200;
    const int rows = int((files.size() + columns - 1) / columns);
    QImage sheet(columns * (rowWidth + 2 * gap), rows * (cover + 2 * gap) + gap, QImage::Format_RGB32);
    sheet.fill(QColor(0xf6, 0xf6, 0xf6));
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = painter.font();
    small.setPixelSize(11);
    QFont title = painter.font();
    title.setPixelSize(18);
    title.setBold(true);

    for (int i = 0; i < files.size(); ++i) {
        const auto palette = PaletteExtractor::fromFile(files[i]);
        if (!palette) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(files[i]), qPrintable(palette.errorMessage()));
            return 1;
        }
        const QPoint origin((i % columns) * (rowWidth + 2 * gap) + gap, (i / columns) * (cover + 2 * gap) + gap);
        QImageReader reader(files[i]);
        reader.setScaledSize(QSize(cover, cover));
        painter.drawImage(origin, reader.read());
        int x = origin.x() + cover + gap;
        const std::pair<const char *, QColor> swatches[]
            = {{"dominant", palette->dominant}, {"vibrant", palette->vibrant}, {"muted", palette->muted}};
        for (const auto &[name, color] : swatches) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(QRect(x, origin.y(), swatch, swatch), 8, 8);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.setFont(small);
            painter.drawText(QRect(x, origin.y() + swatch + 4, swatch, 16), Qt::AlignCenter, QString::fromLatin1(name));
            painter.drawText(QRect(x, origin.y() + swatch + 20, swatch, 16), Qt::AlignCenter, color.name());
            x += swatch + gap;
        }
        const QRect sample(x, origin.y(), 200, swatch);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette->dominant);
        painter.drawRoundedRect(sample, 8, 8);
        painter.setPen(palette->text);
        painter.setFont(title);
        painter.drawText(sample, Qt::AlignCenter, QStringLiteral("Now playing"));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.setFont(small);
        painter.drawText(QRect(x, origin.y() + swatch + 4, 200, 16), Qt::AlignCenter,
            QStringLiteral("text %1 on dominant").arg(palette->text.name()));
        painter.drawText(QRect(x, origin.y() + swatch + 20, 200, 16), Qt::AlignCenter, QFileInfo(files[i]).fileName());
    }
    painter.end();
    if (!sheet.save(arguments.at(1))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    return 0;
}

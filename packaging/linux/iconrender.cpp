// Renders data/icons/melodyhue.svg to the PNG sizes of the hicolor icon theme at build time,
// so the SVG stays the only source of the icon.
// Usage: melodyhue-iconrender <svg> <output dir> <size>...

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: melodyhue-iconrender <svg> <output dir> <size>...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "melodyhue-iconrender: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QDir output(arguments.at(2));
    QDir().mkpath(output.path());
    for (const QString &argument : arguments.mid(3)) {
        const int size = argument.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        if (!image.save(output.filePath(QStringLiteral("%1.png").arg(size)))) {
            std::fprintf(stderr, "melodyhue-iconrender: cannot write the %d px icon\n", size);
            return 1;
        }
    }
    return 0;
}

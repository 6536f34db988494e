// Writes the benchmark corpus: generated album-cover-like JPEGs (640 px, quality 85, like the
// large images music services serve) with a 64 px copy of each, and expected.json giving the
// dominant colour each was drawn with.
// Usage: bench_makecovers <output dir> [count]

#include "support/syntheticcovers.h"

#include <QDir>
#include <QGuiApplication>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Drawing text needs a QGuiApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: bench_makecovers <output dir> [count]\n", stderr);
        return 2;
    }
    const QDir output(arguments.at(1));
    const int count = arguments.size() > 2 ? arguments.at(2).toInt() : 140;
    QDir().mkpath(output.filePath(QStringLiteral("64")));

    QJsonObject expected;
    const auto covers = SyntheticCovers::corpus(count, 7);
    for (const SyntheticCover &cover : covers) {
        const QString name = cover.name + QStringLiteral(".jpg");
        for (const auto &[path, image] : {std::pair{output.filePath(name), cover.image},
                 std::pair{output.filePath(QStringLiteral("64/") + name),
                     cover.image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)}}) {
            QImageWriter writer(path, "jpeg");
            writer.setQuality(85);
            if (!writer.write(image)) {
                std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(writer.errorString()));
                return 1;
            }
        }
        expected.insert(name, cover.expectedDominant.name());
    }
    QFile manifest(output.filePath(QStringLiteral("expected.json")));
    if (!manifest.open(QIODevice::WriteOnly))
        return 1;
    manifest.write(QJsonDocument(expected).toJson());
    std::printf("%lld covers in %s\n", qlonglong(covers.size()), qPrintable(output.path()));
    return 0;
}

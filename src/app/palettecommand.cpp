#include "app/palettecommand.h"

#include "color/paletteextractor.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

// A JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray describe(const QString &file, const Result<Palette> &palette, double milliseconds)
{
    QByteArray line = "{\"file\":" + jsonString(file);
    if (!palette) {
        line += ",\"error\":" + jsonString(palette.errorMessage());
    } else {
        for (const auto &[name, color] :
            {std::pair{"dominant", palette->dominant}, std::pair{"vibrant", palette->vibrant},
                std::pair{"muted", palette->muted}, std::pair{"text", palette->text}})
            line += ",\"" + QByteArray(name) + "\":\"" + color.name().toLatin1() + '"';
    }
    return line + ",\"ms\":" + QByteArray::number(milliseconds, 'f', 3) + "}\n";
}

} // namespace

bool PaletteCommand::isRequested(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], "palette") == 0;
}

int PaletteCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the colours MelodyHue takes from each image (dominant, vibrant, muted and a readable "
           "text colour) as one JSON object per line, with the milliseconds it took."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"palette"_s, tr("The command."), u"palette"_s);
    parser.addPositionalArgument(u"files"_s, tr("Images to read (JPEG, PNG, WebP, GIF, BMP)."), tr("FILE..."));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Give at least one image: melodyhue palette FILE...")));
        return 2;
    }

    bool allRead = true;
    QElapsedTimer timer;
    for (const QString &file : files) {
        timer.start();
        const Result<Palette> palette = PaletteExtractor::fromFile(file);
        const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
        allRead = allRead && palette.ok();
        const QByteArray line = describe(file, palette, milliseconds);
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    }
    std::fflush(stdout);
    return allRead ? 0 : 1;
}

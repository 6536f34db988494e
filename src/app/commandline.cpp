#include "app/commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

bool CommandLine::needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "--version") == 0
            || std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

QString CommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::variant<LaunchOptions, LaunchExit> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("MelodyHue follows the music you play, takes the colours of the album cover and serves "
           "them to OBS overlays on http://127.0.0.1.")
        + u"\n\n"_s
        + tr("melodyhue palette FILE... prints the colours of images as JSON lines (see melodyhue palette --help)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s,
        tr("Run without window or tray icon: local server, "
           "now playing and sync only."));
    const QCommandLineOption minimized(u"minimized"_s, tr("Start in the tray without opening the window."));
    const QCommandLineOption dataDir(u"data-dir"_s,
        tr("Keep all state (database, cover cache, logs) in <dir> instead of %1.")
            .arg(QDir::toNativeSeparators(defaultDataDir())),
        tr("dir"));
    const QCommandLineOption port(u"port"_s,
        tr("Serve on 127.0.0.1:<port> instead of the port set in "
           "Settings (8765 by default)."),
        tr("port"));
    parser.addOptions({headless, minimized, dataDir, port});

    if (!parser.parse(arguments))
        return LaunchExit{2, parser.errorText() + u'\n' + tr("Try \"melodyhue --help\".") + u'\n', true};
    if (parser.isSet(help))
        return LaunchExit{0, parser.helpText()};
    if (parser.isSet(version))
        return LaunchExit{0, u"MelodyHue %1\n"_s.arg(QCoreApplication::applicationVersion())};
    if (!parser.positionalArguments().isEmpty()) {
        return LaunchExit{2,
            tr("Unknown argument: %1").arg(parser.positionalArguments().constFirst()) + u'\n'
                + tr("Try \"melodyhue --help\".") + u'\n',
            true};
    }

    LaunchOptions options;
    options.headless = parser.isSet(headless);
    options.minimized = parser.isSet(minimized);
    options.dataDir = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath() : defaultDataDir();
    if (parser.isSet(port)) {
        bool ok = false;
        const int value = parser.value(port).toInt(&ok);
        if (!ok || value < 0 || value > 65535)
            return LaunchExit{2, tr("--port takes a number from 1 to 65535 (0 picks a free port).") + u'\n', true};
        options.port = quint16(value);
    }
    return options;
}

// melodyhue-preview: shows one overlay URL in a QtWebEngine window, apart from the tray
// process (linking QtWebEngine there would cost ~75 MB of memory for the whole session).
// It prints "loaded <url>" or "failed <url>" on stdout after each load and exits when closed.
// With --frames FILE it shows no window: it writes the page as it looks to FILE (PNG, replaced
// atomically) whenever the picture changes and prints "frame", for the overlay editor.
// The app passes its language with --language; the French catalogue is embedded here too.

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>
#include <QTranslator>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isLocalOverlay(const QUrl &url)
{
    return url.scheme() == u"http"_s && (url.host() == u"127.0.0.1"_s || url.host() == u"localhost"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"MelodyHue Preview"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MELODYHUE_VERSION));

    // The language is needed before the help text is built, so it is looked up by hand.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype languageAt = arguments.indexOf(u"--language"_s);
    const QString language = languageAt >= 0 ? arguments.value(languageAt + 1) : QLocale().name().left(2);
    QTranslator translator;
    if (translator.load(u":/i18n/melodyhue_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Preview", "Shows a MelodyHue overlay."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"url"_s, QCoreApplication::translate("Preview", "The overlay URL on 127.0.0.1."));
    const QCommandLineOption size(
        u"size"_s, QCoreApplication::translate("Preview", "Window size, e.g. 800x200."), u"WxH"_s, u"800x240"_s);
    const QCommandLineOption languageOption(
        u"language"_s, QCoreApplication::translate("Preview", "Language of the window: en or fr."), u"code"_s);
    const QCommandLineOption frames(u"frames"_s,
        QCoreApplication::translate("Preview", "Write the page to this PNG file whenever it changes, with no window."),
        u"file"_s);
    parser.addOptions({size, languageOption, frames});
    parser.process(app);

    const QUrl url(parser.positionalArguments().value(0));
    if (!isLocalOverlay(url)) {
        const QString message = QCoreApplication::translate("Preview",
            "Give an overlay address of this computer: "
            "http://127.0.0.1:<port>/…");
        std::fprintf(stderr, "melodyhue-preview: %s\n", message.toLocal8Bit().constData());
        return 2;
    }
    const QStringList dimensions = parser.value(size).split(u'x');
    const int width = dimensions.value(0).toInt();
    const int height = dimensions.value(1).toInt();

    QWebEngineView view;
    view.setWindowTitle(QCoreApplication::translate("Preview", "MelodyHue preview"));
    view.resize(width > 0 ? width : 800, height > 0 ? height : 240);
    QObject::connect(&view, &QWebEngineView::loadFinished, &view, [&view](bool ok) {
        std::printf("%s %s\n", ok ? "loaded" : "failed", view.url().toString().toUtf8().constData());
        std::fflush(stdout);
    });
    // Frames: looked at five times a second, written when they differ (the page animates, the
    // track moves on, the overlay is edited and reloads).
    QTimer tick;
    QImage last;
    const QString framesFile = parser.value(frames);
    if (!framesFile.isEmpty()) {
        // Drawn, but not on screen.
        view.setAttribute(Qt::WA_DontShowOnScreen);
        // What the page leaves transparent stays so, as in OBS.
        view.setAttribute(Qt::WA_TranslucentBackground);
        view.page()->setBackgroundColor(Qt::transparent);
        tick.setInterval(200);
        QObject::connect(&tick, &QTimer::timeout, &view, [&view, &last, framesFile] {
            const QImage image = view.grab().toImage();
            if (image.isNull() || image == last)
                return;
            last = image;
            QSaveFile file(framesFile);
            if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit()) {
                std::printf("frame\n");
                std::fflush(stdout);
            }
        });
        tick.start();
    }
    view.load(url);
    view.show();
    return app.exec();
}

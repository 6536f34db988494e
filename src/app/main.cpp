#include "app/application.h"
#include "app/commandline.h"
#include "app/palettecommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    const auto launchedAt = std::chrono::steady_clock::now();
    const bool noDisplay = CommandLine::needsNoDisplay(argc, argv) || PaletteCommand::isRequested(argc, argv);
#if defined(Q_OS_LINUX)
    // Said before any Qt application (hence any translator) can exist: English only.
    if (!noDisplay && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("melodyhue: no display found. Start it with --headless to run only the local server, "
                   "or from a desktop session.\n",
            stderr);
        return 2;
    }
#endif
    std::unique_ptr<QCoreApplication> app;
    if (noDisplay)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("MelodyHue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MELODYHUE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(MELODYHUE_APP_ID));

    if (PaletteCommand::isRequested(argc, argv))
        return PaletteCommand::run(QCoreApplication::arguments());

    const auto parsed = CommandLine::parse(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<LaunchExit>(&parsed)) {
        std::fputs(exit->output.toLocal8Bit().constData(), exit->toStderr ? stderr : stdout);
        return exit->status;
    }

    LaunchOptions options = std::get<LaunchOptions>(parsed);
    options.launchedAt = launchedAt;
    Application application(options);
    if (const auto status = application.start())
        return *status;
    QObject::connect(&application, &Application::finished, app.get(), &QCoreApplication::exit);
    return QCoreApplication::exec();
}

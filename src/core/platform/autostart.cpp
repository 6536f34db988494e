#include "platform/autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

QString quoted(const QString &argument)
{
    if (!argument.contains(u' ') && !argument.contains(u'"') && !argument.contains(u'\\'))
        return argument;
    QString escaped = argument;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString commandLine(const QString &program, const QStringList &arguments)
{
    QStringList parts{quoted(program)};
    for (const QString &argument : arguments)
        parts.append(quoted(argument));
    return parts.join(u' ');
}

#if defined(Q_OS_WIN)
const QString runKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
#endif

} // namespace

Autostart::Autostart(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{ }

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    return runKey;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + u"/Library/LaunchAgents/"_s + QStringLiteral(MELODYHUE_APP_ID) + u".plist"_s;
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart/"_s
        + QStringLiteral(MELODYHUE_APP_ID) + u".desktop"_s;
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(runKey, QSettings::NativeFormat).contains(u"MelodyHue"_s);
#else
    return QFile::exists(location());
#endif
}

Result<void> Autostart::setEnabled(bool enabled) const
{
#if defined(Q_OS_WIN)
    QSettings run(runKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(u"MelodyHue"_s, commandLine(QDir::toNativeSeparators(m_program), m_arguments));
    else
        run.remove(u"MelodyHue"_s);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error{tr("Windows did not let MelodyHue change its start-at-login entry.")};
    return {};
#else
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error{tr("Cannot remove the start-at-login entry %1.").arg(path)};
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{tr("Cannot create the folder for the start-at-login entry %1.").arg(path)};
#if defined(Q_OS_MACOS)
    QString arguments = u"<string>"_s + m_program.toHtmlEscaped() + u"</string>"_s;
    for (const QString &argument : m_arguments)
        arguments += u"<string>"_s + argument.toHtmlEscaped() + u"</string>"_s;
    const QString content = uR"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>Label</key><string>%1</string>
<key>ProgramArguments</key><array>%2</array>
<key>RunAtLoad</key><true/>
</dict></plist>
)"_s.arg(QStringLiteral(MELODYHUE_APP_ID), arguments);
#else
    const QString content
        = u"[Desktop Entry]\nType=Application\nName=MelodyHue\n"
          u"Comment=Album-cover colours and now-playing overlays\n"
          u"Exec=%1\nIcon=%2\nTerminal=false\nX-GNOME-Autostart-enabled=true\n"_s.arg(
              commandLine(m_program, m_arguments).replace(u"%"_s, u"%%"_s), QStringLiteral(MELODYHUE_APP_ID));
#endif
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit())
        return Error{tr("Cannot write the start-at-login entry %1: %2").arg(path, file.errorString())};
    return {};
#endif
}

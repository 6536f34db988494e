#pragma once

#include <QString>

// Keeps Qt's log messages in <data dir>/logs/melodyhue.log, so a user can attach the file to a
// problem report; warnings and errors also go to stderr. The file rolls over to
// melodyhue.log.1 whenever it passes 2 MB, so it never holds more than about 4 MB. Every
// message is written on one line: text that came from the network cannot forge log lines.
namespace LogFile {
void install(const QString &logDir);
QString path();
// `text` with line breaks and other control characters written as escapes (\n, \r, \u0085).
QString oneLine(const QString &text);
} // namespace LogFile

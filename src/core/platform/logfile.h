#pragma once

#include <QString>

// Keeps Qt's log messages in <data dir>/logs/melodyhue.log, so a user can attach the file to a
// problem report; warnings and errors also go to stderr. The file rolls over to
// melodyhue.log.1 past 2 MB.
namespace LogFile {
void install(const QString &logDir);
QString path();
} // namespace LogFile

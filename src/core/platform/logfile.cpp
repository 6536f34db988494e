#include "platform/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace LogFile {

namespace {

constexpr qint64 rollOverBytes = qint64(2) * 1024 * 1024;

QMutex mutex;
QFile *file = nullptr;
QtMessageHandler previousHandler = nullptr;
bool installed = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "log";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        if (file) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8()
                + '\n';
            file->write(line);
            file->flush();
        }
    }
    // The terminal only gets what needs attention; the file keeps everything.
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    if (previousHandler) {
        previousHandler(type, context, message);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        std::fflush(stderr);
    }
}

} // namespace

void install(const QString &logDir)
{
    QDir().mkpath(logDir);
    const QString filePath = QDir(logDir).filePath(u"melodyhue.log"_s);
    if (QFileInfo(filePath).size() > rollOverBytes) {
        QFile::remove(filePath + u".1"_s);
        QFile::rename(filePath, filePath + u".1"_s);
    }
    QMutexLocker lock(&mutex);
    auto *opened = new QFile(filePath);
    if (!opened->open(QIODevice::Append | QIODevice::Text)) {
        delete opened;
        return;
    }
    delete file;
    file = opened;
    if (!installed) {
        previousHandler = qInstallMessageHandler(handler);
        installed = true;
    }
}

QString path()
{
    QMutexLocker lock(&mutex);
    return file ? file->fileName() : QString();
}

} // namespace LogFile

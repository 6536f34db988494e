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
qint64 fileBytes = 0;
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

bool breaksLines(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

// Moves the full file aside (one generation is kept) and starts a new one. Called locked.
void rollOver()
{
    const QString filePath = file->fileName();
    file->close();
    QFile::remove(filePath + u".1"_s);
    QFile::rename(filePath, filePath + u".1"_s);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        file = nullptr;
    }
    fileBytes = 0;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        if (file) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
                + oneLine(message).toUtf8() + '\n';
            file->write(line);
            file->flush();
            fileBytes += line.size();
            if (fileBytes > rollOverBytes)
                rollOver();
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

QString oneLine(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return breaksLines(c.unicode()); }))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c == u'\n')
            escaped += u"\\n"_s;
        else if (c == u'\r')
            escaped += u"\\r"_s;
        else if (breaksLines(c.unicode()))
            escaped += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            escaped += c;
    }
    return escaped;
}

void install(const QString &logDir)
{
    QDir().mkpath(logDir);
    const QString filePath = QDir(logDir).filePath(u"melodyhue.log"_s);
    QMutexLocker lock(&mutex);
    auto *opened = new QFile(filePath);
    if (!opened->open(QIODevice::Append | QIODevice::Text)) {
        delete opened;
        return;
    }
    delete file;
    file = opened;
    fileBytes = file->size();
    if (fileBytes > rollOverBytes)
        rollOver();
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

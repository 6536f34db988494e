// The music folders and the drives, measured: a first scan of N tagged audio files with
// MusicScanner beside a plain TagLib loop over the same files (the peer), a scan with nothing
// changed, and the copies to a drive folder with AtomicFile::copy (each file flushed to the disk,
// then renamed) beside `cp -r` of the same files, and `cp -r` followed by `sync`.
//   bench_drives [files] [work folder]

#include "support/musicfiles.h"

#include "library/musicscanner.h"
#include "platform/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <fileref.h>
#include <tpropertymap.h>

using namespace Qt::Literals::StringLiterals;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(-1) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10'000;
    QTemporaryDir work(argc > 2 ? QString::fromLocal8Bit(argv[2]) + u"/bench-drives-XXXXXX"_s : QString());
    QTextStream out(stdout);
    const QString music = work.filePath(u"Music"_s);
    out << "making " << count << " tagged audio files (2 s each)…\n";
    out.flush();
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QString path
            = music + u"/Artist %1/Album %2/%3 - Track %4.wav"_s.arg(i % 300).arg(i / 12).arg(i % 12 + 1).arg(i);
        if (!MusicFiles::write(path, 2'000,
                {u"Track %1"_s.arg(i), u"Artist %1"_s.arg(i % 300), u"Album %1"_s.arg(i / 12),
                    u"QZBEN%1"_s.arg(i, 7, 10, QChar(u'0')), i % 12 + 1})) {
            out << "could not write " << path << "\n";
            return 1;
        }
        bytes += QFileInfo(path).size();
    }
    // Read once, so that both scans find the files in the page cache.
    // (Both read the files just written, from the page cache.)

    QElapsedTimer timer;
    timer.start();
    const MusicScan first = MusicScanner::scan({music}, {});
    const double scan = seconds(timer);

    timer.restart();
    int peer = 0;
    QDirIterator it(music, {u"*.wav"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const TagLib::FileRef file(QFile::encodeName(it.next()).constData(), true, TagLib::AudioProperties::Fast);
        if (!file.isNull() && !file.file()->properties()["ISRC"].isEmpty() && file.audioProperties())
            ++peer;
    }
    const double taglib = seconds(timer);

    MusicScanner::Known known;
    for (const AudioFile &file : first.changed)
        known.insert(file.path, {file.size, file.modifiedMs});
    timer.restart();
    const MusicScan again = MusicScanner::scan({music}, known);
    const double unchanged = seconds(timer);

    out << "\nscan of " << count << " files: MusicScanner " << scan << " s (" << first.changed.size()
        << " read), TagLib loop " << taglib << " s (" << peer << " read), ratio " << scan / taglib << "\n";
    out << "scan with nothing changed: " << unchanged << " s (" << again.unchanged << " unchanged)\n";

    const QString drive = work.filePath(u"Drive"_s);
    QDir().mkpath(drive);
    timer.restart();
    for (const AudioFile &file : first.changed) {
        const QString relative = QDir(music).relativeFilePath(file.path);
        const QString target = drive + u'/' + relative;
        auto copied = AtomicFile::makeFolders(drive, QFileInfo(relative).path());
        if (copied)
            copied = AtomicFile::copy(file.path, target);
        if (!copied) {
            out << "copy failed: " << copied.errorMessage() << "\n";
            return 1;
        }
    }
    const double copies = seconds(timer);
    const QString cpTarget = work.filePath(u"cp"_s);
    timer.restart();
    run(u"cp"_s, {u"-r"_s, music, cpTarget});
    const double cp = seconds(timer);
    const QString cpSyncTarget = work.filePath(u"cp-sync"_s);
    timer.restart();
    run(u"cp"_s, {u"-r"_s, music, cpSyncTarget});
    run(u"sync"_s, {});
    const double cpSync = seconds(timer);
    out << "copies of " << count << " files (" << bytes / 1'000'000 << " MB): AtomicFile::copy " << copies
        << " s, cp -r " << cp << " s (ratio " << copies / cp << "), cp -r + sync " << cpSync << " s (ratio "
        << copies / cpSync << ")\n";
    return 0;
}

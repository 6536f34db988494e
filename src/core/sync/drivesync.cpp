#include "sync/drivesync.h"

#include "library/trackmatcher.h"
#include "platform/atomicfile.h"
#include "sync/drivemanifests.h"
#include "sync/drivestate.h"
#include "util/workerthread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

// Room kept free beyond a file's own size (file system bookkeeping, the playlists).
constexpr qint64 spareBytes = 4 << 20;
// "Song.flac", "Song (2).flac" … "Song (9).flac" for files of the user's already at a name.
constexpr int namesToTry = 9;
constexpr int progressStep = 25;

QString withNumber(const QString &relative, int number)
{
    if (number < 2)
        return relative;
    const qsizetype slash = relative.lastIndexOf(u'/');
    const qsizetype dot = relative.lastIndexOf(u'.');
    const qsizetype at = dot > slash ? dot : relative.size();
    return relative.left(at) + u" (%1)"_s.arg(number) + relative.mid(at);
}

QString folderOf(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QString() : relative.left(slash);
}

bool sameContent(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 chunk = 1 << 20;
    while (!first.atEnd()) {
        if (first.read(chunk) != second.read(chunk))
            return false;
    }
    return true;
}

} // namespace

DriveSync::DriveSync(DrivesTable &table, const TrackMatcher &matcher, FileNamer namer)
    : m_table(table)
    , m_matcher(matcher)
    , m_namer(std::move(namer))
{ }

Result<DriveSync::Placed> DriveSync::place(
    const QString &source, const QString &root, const QString &relative, const std::shared_ptr<std::atomic_bool> &stop)
{
    if (!FileNamer::staysInside(relative))
        return Error{tr("%1 would be outside the drive’s folder.").arg(relative)};
    if (!QFileInfo(root).isDir())
        return Error{tr("%1 went away (unplugged?).").arg(QDir::toNativeSeparators(root)), ErrorKind::Unavailable};
    const QString target = root + u'/' + relative;
    switch (AtomicFile::kindAt(target)) {
    case AtomicFile::Kind::RegularFile:
        return sameContent(source, target) ? Placed::AlreadyThere : Placed::NameTaken;
    case AtomicFile::Kind::Other:
        return Placed::NameTaken;
    case AtomicFile::Kind::Missing:
        break;
    }
    const qint64 size = QFileInfo(source).size();
    const QStorageInfo storage(root);
    if (storage.isValid() && storage.bytesAvailable() < size + spareBytes) {
        const QLocale locale;
        return Error{tr("%1 is full: %2 needed, %3 free. Free some space on it, or choose a bigger drive.")
                         .arg(QDir::toNativeSeparators(root), locale.formattedDataSize(size + spareBytes),
                             locale.formattedDataSize(std::max<qint64>(0, storage.bytesAvailable()))),
            ErrorKind::NoSpace};
    }
    if (auto made = AtomicFile::makeFolders(root, folderOf(relative)); !made)
        return made.error();
    if (auto copied = AtomicFile::copy(source, target, [stop] { return stop->load(); }); !copied)
        return copied.error();
    return Placed::Copied;
}

Result<void> DriveSync::moveAside(const QString &root, const DriveFile &file)
{
    const QString unliked = QString::fromLatin1(DriveManifests::folderName) + u"/Unliked/"_s;
    const QString from = root + u'/' + file.relativePath;
    if (AtomicFile::kindAt(from) != AtomicFile::Kind::RegularFile)
        return {};
    for (int number = 1; number <= namesToTry; ++number) {
        const QString relative = unliked + withNumber(file.relativePath, number);
        if (AtomicFile::kindAt(root + u'/' + relative) != AtomicFile::Kind::Missing)
            continue;
        if (auto made = AtomicFile::makeFolders(root, folderOf(relative)); !made)
            return made;
        return AtomicFile::moveAside(from, root + u'/' + relative);
    }
    return Error{tr("%1 could not be moved to the Unliked folder: too many files of that name are there.")
                     .arg(QDir::toNativeSeparators(from))};
}

QCoro::Task<DrivePass> DriveSync::run(DriveRecord drive, QList<LikedTrack> liked, QStringList services)
{
    DrivePass pass;
    const DriveState state = DriveState::read(drive);
    if (!state.mounted) {
        pass.gone = true;
        pass.problem = DriveTexts::notConnected(state.label);
        co_return pass;
    }
    const QString root = QDir::cleanPath(drive.path);
    auto recorded = m_table.files(drive.id);
    if (!recorded) {
        pass.problem = recorded.error().message;
        co_return pass;
    }
    QHash<QString, QString> placed;
    bool stopCopies = false;
    for (int i = 0; i < liked.size(); ++i) {
        // Every track would be too often for the pages that show it.
        if (m_progress && i % progressStep == 0)
            m_progress(i, int(liked.size()));
        if (m_stop->load())
            co_return pass;
        const LikedTrack &track = liked.at(i);
        const QString key = DrivesTable::key(track.service, track.id);
        if (const auto known = recorded->constFind(key); known != recorded->cend()) {
            const QString path = root + u'/' + known->relativePath;
            if (AtomicFile::kindAt(path) == AtomicFile::Kind::RegularFile && QFileInfo(path).size() == known->size) {
                placed.insert(key, known->relativePath);
                ++pass.present;
                continue;
            }
            // Deleted or changed on the drive since: placed again.
            if (auto forgotten = m_table.forgetFile(drive.id, track.service, track.id); !forgotten)
                qCWarning(lcSync).noquote() << forgotten.error().message;
        }
        const AudioFile *file = m_matcher.match(track);
        if (!file) {
            ++pass.missing;
            continue;
        }
        if (stopCopies) {
            ++pass.failed;
            continue;
        }
        const QString relative = m_namer.relativePath(track, *file);
        for (int number = 1; number <= namesToTry; ++number) {
            const QString candidate = withNumber(relative, number);
            auto copy = [source = file->path, root, candidate, stop = m_stop] {
                return place(source, root, candidate, stop);
            };
            const auto outcome = co_await onWorkerThread(std::move(copy));
            if (!outcome) {
                if (outcome.error().kind == ErrorKind::Cancelled)
                    co_return pass;
                pass.problem = outcome.error().message;
                if (outcome.error().kind == ErrorKind::Unavailable || !QFileInfo(root).isDir()) {
                    pass.gone = true;
                    pass.problem = DriveTexts::notConnected(state.label);
                    co_return pass;
                }
                ++pass.failed;
                stopCopies = outcome.error().kind == ErrorKind::NoSpace;
                qCInfo(lcSync).noquote() << "drive" << drive.id << "copy failed:" << outcome.error().message;
                break;
            }
            if (outcome.value() == Placed::NameTaken) {
                if (number == namesToTry) {
                    ++pass.failed;
                    pass.problem = tr("Files of yours already use the names of %1 on %2.")
                                       .arg(QDir::toNativeSeparators(relative), state.label);
                }
                continue;
            }
            const DriveFile record{track.service, track.id, candidate, QFileInfo(root + u'/' + candidate).size(),
                outcome.value() == Placed::Copied};
            if (auto saved = m_table.recordFile(drive.id, record); !saved) {
                pass.problem = saved.error().message;
                ++pass.failed;
                break;
            }
            placed.insert(key, candidate);
            ++pass.present;
            if (record.owned)
                ++pass.copied;
            if (m_progress)
                m_progress(i + 1, int(liked.size()));
            break;
        }
    }
    // Unliked since they were placed: moved aside, never deleted.
    QSet<QString> likedKeys;
    for (const LikedTrack &track : std::as_const(liked))
        likedKeys.insert(DrivesTable::key(track.service, track.id));
    for (const DriveFile &file : std::as_const(recorded.value())) {
        const QString key = DrivesTable::key(file.service, file.trackId);
        if (likedKeys.contains(key) || !services.contains(file.service))
            continue;
        if (file.owned) {
            if (auto moved = moveAside(root, file); !moved) {
                pass.problem = moved.error().message;
                continue;
            }
            ++pass.movedAside;
        }
        if (auto forgotten = m_table.forgetFile(drive.id, file.service, file.trackId); !forgotten)
            pass.problem = forgotten.error().message;
    }
    if (m_progress)
        m_progress(int(liked.size()), int(liked.size()));
    if (auto written = DriveManifests::write(root, liked, placed); !written) {
        pass.problem = written.error().message;
        if (!QFileInfo(root).isDir()) {
            pass.gone = true;
            pass.problem = DriveTexts::notConnected(state.label);
        }
    }
    co_return pass;
}

#pragma once

#include "library/likedtrack.h"
#include "storage/drivestable.h"
#include "sync/filenamer.h"

#include <QCoreApplication>
#include <QHash>

#include <QCoroTask>

#include <atomic>
#include <functional>
#include <memory>

class TrackMatcher;

// What one drive's part of a sync did.
struct DrivePass {
    int copied = 0;
    int present = 0;
    int missing = 0;
    int failed = 0;
    int movedAside = 0;
    // The drive went away (or was not there): its part waits until it is back.
    bool gone = false;
    // The last failure, in words that say what to do.
    QString problem;
};

// Places the liked tracks' audio files on one drive: the user's own file, found by the
// TrackMatcher, copied byte for byte under the name FileNamer gives (atomically, after a check
// of the free space; a file already there and identical is kept), the files of unliked tracks
// moved to MelodyHue/Unliked (never deleted), then the playlist and the lists rewritten.
// Copies run on a worker thread; the database records each file once it is in place.
class DriveSync
{
    Q_DECLARE_TR_FUNCTIONS(DriveSync)

public:
    using Progress = std::function<void(int done, int total)>;

    DriveSync(DrivesTable &table, const TrackMatcher &matcher, FileNamer namer);

    // Asked between files and between the chunks of a copy.
    void setStopFlag(std::shared_ptr<std::atomic_bool> stop) { m_stop = std::move(stop); }
    void setProgressReport(Progress report) { m_progress = std::move(report); }

    // `liked`: every liked track of `services`, newest first. Files of other services' tracks
    // are left as they are.
    QCoro::Task<DrivePass> run(DriveRecord drive, QList<LikedTrack> liked, QStringList services);

private:
    enum class Placed { Copied, AlreadyThere, NameTaken };
    static Result<Placed> place(const QString &source, const QString &root, const QString &relative,
        const std::shared_ptr<std::atomic_bool> &stop);
    Result<void> moveAside(const QString &root, const DriveFile &file);

    DrivesTable &m_table;
    const TrackMatcher &m_matcher;
    FileNamer m_namer;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    Progress m_progress;
};

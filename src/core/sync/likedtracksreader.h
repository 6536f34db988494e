#pragma once

#include "library/likedtrack.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>

#include <QCoroTask>

#include <functional>
#include <map>

class LikedTracksTable;

// Reads one service's liked tracks into the library, a page at a time, each page written with
// where the read stands, so that it can stop anywhere (an error, the day's budget, Pause, a
// crash) and go on from there.
//
// - The first read goes through the whole list, resuming at the saved offset.
// - Later reads start from the newest like and stop at the first page that holds a track the
//   library knows: with nothing new, one request.
// - When the library's count and the service's total disagree (unlikes, or tracks a long first
//   read missed while the list moved), a reconcile finds where the lists part: a binary search
//   over page starts, then a walk from there; each time the walk has accounted for every track
//   it passed, another binary search skips the pages still in place, until the counts agree.
//   A track is taken as unliked only once the walk passed it without seeing it.
class LikedTracksReader
{
    Q_DECLARE_TR_FUNCTIONS(LikedTracksReader)

public:
    using FetchPage = std::function<QCoro::Task<Result<LikedPage>>(int offset)>;
    using ReportProgress = std::function<void(int done, int total)>;
    using ShouldStop = std::function<bool()>;

    struct Outcome {
        // New to the library (or liked again), and no longer liked.
        int added = 0;
        int unliked = 0;
        int requests = 0;
        // Stopped by shouldStop() before the end.
        bool stopped = false;
    };

    LikedTracksReader(LikedTracksTable &table, QString service, int pageSize, FetchPage fetch);
    void setProgressReport(ReportProgress report) { m_report = std::move(report); }
    void setStopCheck(ShouldStop shouldStop) { m_shouldStop = std::move(shouldStop); }

    // Reads what changed since the last read. An error stops the read where it is; what was
    // read before it is kept, and outcome() says how far it went.
    QCoro::Task<Result<Outcome>> run();
    const Outcome &outcome() const { return m_outcome; }

private:
    QCoro::Task<Result<void>> readFirstTime();
    // Returns the service's total as the newest page says.
    QCoro::Task<Result<int>> readNewest();
    QCoro::Task<Result<void>> reconcile(int total);
    // The last page from `fromPage` on that starts where the library has its first track,
    // `shift` places further down (unlikes found so far, less tracks new to the library).
    QCoro::Task<Result<int>> lastPageInPlace(
        const QHash<QString, int> &position, int fromPage, int pageCount, int shift);
    QCoro::Task<Result<LikedPage>> page(int offset);
    Result<void> save(int offset, const LikedPage &listed);
    bool stopRequested();

    LikedTracksTable &m_table;
    QString m_service;
    int m_pageSize;
    FetchPage m_fetch;
    ReportProgress m_report;
    ShouldStop m_shouldStop;
    Outcome m_outcome;
    // Pages read during this run, by offset: the reconcile reads none twice.
    std::map<int, LikedPage> m_pages;
};

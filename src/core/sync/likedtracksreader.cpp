#include "sync/likedtracksreader.h"

#include "storage/likedtrackstable.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcLikedTracks, "melodyhue.sync.liked")

LikedTracksReader::LikedTracksReader(LikedTracksTable &table, QString service, int pageSize, FetchPage fetch)
    : m_table(table)
    , m_service(std::move(service))
    , m_pageSize(std::max(1, pageSize))
    , m_fetch(std::move(fetch))
{ }

bool LikedTracksReader::stopRequested()
{
    if (m_shouldStop && m_shouldStop())
        m_outcome.stopped = true;
    return m_outcome.stopped;
}

QCoro::Task<Result<LikedTracksReader::Outcome>> LikedTracksReader::run()
{
    m_outcome = {};
    m_pages.clear();
    const auto progress = m_table.progress(m_service);
    if (!progress)
        co_return progress.error();
    int total = 0;
    if (!progress->complete) {
        const auto first = co_await readFirstTime();
        if (!first)
            co_return first.error();
        const auto after = m_table.progress(m_service);
        if (!after)
            co_return after.error();
        total = after->total;
    } else {
        const auto newest = co_await readNewest();
        if (!newest)
            co_return newest.error();
        total = newest.value();
    }
    if (m_outcome.stopped)
        co_return Result<Outcome>(m_outcome);
    const auto count = m_table.likedCount(m_service);
    if (!count)
        co_return count.error();
    if (count.value() != total) {
        qCInfo(lcLikedTracks) << m_service << "library holds" << count.value() << "liked tracks, the service" << total
                              << ": reconciling";
        const auto reconciled = co_await reconcile(total);
        if (!reconciled)
            co_return reconciled.error();
    }
    co_return Result<Outcome>(m_outcome);
}

QCoro::Task<Result<void>> LikedTracksReader::readFirstTime()
{
    const auto saved = m_table.progress(m_service);
    if (!saved)
        co_return saved.error();
    int offset = saved->nextOffset;
    for (;;) {
        if (stopRequested())
            co_return Result<void>();
        const auto fetched = co_await page(offset);
        if (!fetched)
            co_return fetched.error();
        const LikedPage &listed = fetched.value();
        if (auto written = save(offset, listed); !written)
            co_return written.error();
        const auto progress = m_table.progress(m_service);
        if (!progress)
            co_return progress.error();
        if (m_report)
            m_report(std::min(progress->nextOffset, progress->total), progress->total);
        if (progress->complete)
            co_return Result<void>();
        offset = progress->nextOffset;
    }
}

QCoro::Task<Result<int>> LikedTracksReader::readNewest()
{
    int offset = 0;
    for (;;) {
        if (stopRequested())
            co_return 0;
        const auto fetched = co_await page(offset);
        if (!fetched)
            co_return fetched.error();
        const LikedPage &listed = fetched.value();
        QStringList ids;
        for (const LikedTrack &track : listed.items)
            ids.append(track.id);
        // Known ground: everything below a track already in the library was read before.
        const auto known = m_table.likedAmong(m_service, ids);
        if (!known)
            co_return known.error();
        if (auto written = save(offset, listed); !written)
            co_return written.error();
        if (m_report)
            m_report(offset + int(listed.items.size()), listed.total);
        if (!known->isEmpty() || !listed.hasNext || listed.items.isEmpty())
            co_return listed.total;
        offset += int(listed.items.size());
    }
}

QCoro::Task<Result<void>> LikedTracksReader::reconcile(int total)
{
    const auto liked = m_table.liked(m_service);
    if (!liked)
        co_return liked.error();
    const QList<LikedTrack> &local = liked.value();
    QHash<QString, int> position;
    for (int i = 0; i < local.size(); ++i)
        position.insert(local.at(i).id, i);
    const int pageCount = (std::max(int(local.size()), total) + m_pageSize - 1) / m_pageSize;

    // The lists agree up to the first unlike (or missed track): find the last page that still
    // starts where the library has its first track.
    const auto first = co_await page(0);
    if (!first)
        co_return first.error();
    int lo = 0;
    if (!first->items.isEmpty() && position.value(first->items.constFirst().id, -1) == 0) {
        const auto found = co_await lastPageInPlace(position, 0, pageCount, 0);
        if (!found)
            co_return found.error();
        lo = found.value();
    }

    // From there, walk until the counts agree. Library tracks the walk skipped over are
    // candidates; one becomes an unlike once the walk is past where it would be listed.
    int next = lo * m_pageSize;
    QSet<QString> seen;
    QList<int> candidates;
    for (int offset = lo * m_pageSize;;) {
        if (stopRequested())
            co_return Result<void>();
        const auto fetched = co_await page(offset);
        if (!fetched)
            co_return fetched.error();
        const LikedPage &listed = fetched.value();
        if (auto written = save(offset, listed); !written)
            co_return written.error();
        for (const LikedTrack &track : listed.items) {
            seen.insert(track.id);
            const int at = position.value(track.id, -1);
            if (at < next)
                continue; // new to the library, or passed already
            for (; next < at; ++next)
                candidates.append(next);
            next = at + 1;
        }
        const bool atEnd = !listed.hasNext || listed.items.isEmpty();
        if (atEnd) {
            for (; next < local.size(); ++next)
                candidates.append(next);
        }
        const QDateTime boundary = listed.items.isEmpty() ? QDateTime() : listed.items.constLast().addedAt;
        QStringList gone;
        QList<int> open;
        for (const int candidate : std::as_const(candidates)) {
            const LikedTrack &track = local.at(candidate);
            if (seen.contains(track.id))
                continue;
            if (atEnd || (boundary.isValid() && track.addedAt > boundary))
                gone.append(track.id);
            else
                open.append(candidate);
        }
        candidates = open;
        if (!gone.isEmpty()) {
            if (auto marked = m_table.markUnliked(m_service, gone, QDateTime::currentDateTimeUtc()); !marked)
                co_return marked.error();
            m_outcome.unliked += int(gone.size());
        }
        if (m_report)
            m_report(offset + int(listed.items.size()), listed.total);
        const auto count = m_table.likedCount(m_service);
        if (!count)
            co_return count.error();
        if (atEnd || (count.value() == listed.total && candidates.isEmpty()))
            co_return Result<void>();
        offset += int(listed.items.size());

        // Every track passed is accounted for: skip the pages still in place after this one.
        if (!candidates.isEmpty() || offset % m_pageSize != 0)
            continue;
        int shift = 0;
        bool anchored = false;
        for (qsizetype i = listed.items.size() - 1; i >= 0 && !anchored; --i) {
            const int at = position.value(listed.items.at(i).id, -1);
            anchored = at >= 0;
            shift = at - (offset - int(listed.items.size()) + int(i));
        }
        if (!anchored)
            continue;
        const int here = offset / m_pageSize - 1;
        const auto found = co_await lastPageInPlace(position, here, pageCount, shift);
        if (!found)
            co_return found.error();
        if (found.value() > here) {
            offset = found.value() * m_pageSize;
            next = offset + shift;
        }
    }
}

QCoro::Task<Result<int>> LikedTracksReader::lastPageInPlace(
    const QHash<QString, int> &position, int fromPage, int pageCount, int shift)
{
    int lo = fromPage;
    int hi = std::max(pageCount, fromPage + 1);
    while (hi - lo > 1) {
        if (stopRequested())
            co_return lo;
        const int middle = (lo + hi) / 2;
        const auto probed = co_await page(middle * m_pageSize);
        if (!probed)
            co_return probed.error();
        const bool inPlace = !probed->items.isEmpty()
            && position.value(probed->items.constFirst().id, -1) == middle * m_pageSize + shift;
        (inPlace ? lo : hi) = middle;
    }
    co_return lo;
}

QCoro::Task<Result<LikedPage>> LikedTracksReader::page(int offset)
{
    if (const auto cached = m_pages.find(offset); cached != m_pages.end())
        co_return Result<LikedPage>(cached->second); // a copy: QCoro moves from an lvalue of another type
    ++m_outcome.requests;
    auto fetched = co_await m_fetch(offset);
    if (!fetched)
        co_return fetched.error();
    m_pages.emplace(offset, fetched.value());
    co_return fetched.value();
}

Result<void> LikedTracksReader::save(int offset, const LikedPage &listed)
{
    auto progress = m_table.progress(m_service);
    if (!progress)
        return progress.error();
    SyncProgress next = progress.value();
    next.total = listed.total;
    if (!next.complete) {
        next.nextOffset = offset + int(listed.items.size());
        next.complete = !listed.hasNext || listed.items.isEmpty();
    }
    const auto added = m_table.savePage(m_service, offset, listed.items, next);
    if (!added)
        return added.error();
    m_outcome.added += added.value();
    return {};
}

#pragma once

#include "library/audiofile.h"
#include "library/likedtrack.h"

#include <QHash>
#include <QList>

// Finds the user's own audio file of a liked track: by ISRC first (the same recording), then by
// artist and title as people write them (case, accents, "feat." and "(Remastered)" aside) with
// durations that agree within a few seconds, so that a live or extended version does not pass
// for the track.
class TrackMatcher
{
public:
    explicit TrackMatcher(QList<AudioFile> files);

    // The file for `track`, or nullptr.
    const AudioFile *match(const LikedTrack &track) const;

    // Lower case, without accents, punctuation, bracketed remarks or featured artists.
    static QString normalized(const QString &text);
    static QString normalizedIsrc(const QString &isrc);
    static bool durationsAgree(qint64 aMs, qint64 bMs);

private:
    const AudioFile *closest(const QList<int> &candidates, const LikedTrack &track, bool needArtist) const;

    QList<AudioFile> m_files;
    QHash<QString, QList<int>> m_byIsrc;
    QHash<QString, QList<int>> m_byTitle;
};

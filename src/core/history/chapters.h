#pragma once

#include "history/playedtrack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// A stream's or a recording's tracks as its video's chapters, in the text YouTube reads from a
// description: the first at 00:00, one line per track ("03:12 Daft Punk — One More Time"), at
// least 10 seconds apart (a track skipped sooner is left out), h:mm:ss past an hour. And the
// same tracks as a setlist in CSV.
class Chapters
{
    Q_DECLARE_TR_FUNCTIONS(Chapters)

public:
    struct Chapter {
        qint64 offsetSeconds = 0;
        QString title;
        bool operator==(const Chapter &) const = default;
    };

    // `tracks` oldest first, as the play history gives them for the session.
    static QList<Chapter> of(const QDateTime &start, const QList<PlayedTrack> &tracks);
    static QString text(const QList<Chapter> &chapters);
    // "00:00", "59:59", "1:00:00".
    static QString timestamp(qint64 seconds);
    static QByteArray setlistCsv(const QDateTime &start, const QList<PlayedTrack> &tracks);

    static constexpr qint64 shortestSeconds = 10;
    // YouTube shows chapters only from this many.
    static constexpr int fewestForYouTube = 3;
};

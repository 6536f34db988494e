#pragma once

#include "media/mediaplayback.h"

#include <QList>
#include <QObject>

// The media players the operating system knows (MPRIS on Linux; SMTC on Windows and Now
// Playing on macOS fit the same interface). Changes arrive as signals, without polling.
class MediaSessions : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QList<MediaPlayback> players() const = 0;

Q_SIGNALS:
    // A player appeared, left, or changed what it plays or its status.
    void changed();
};

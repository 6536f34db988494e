#pragma once

#include "nowplaying/playbackstate.h"

#include <QObject>

// The single current playback state; sources (media sessions, service polls) write it,
// the server and the window read it.
class NowPlaying : public QObject
{
    Q_OBJECT

public:
    explicit NowPlaying(QObject *parent = nullptr);

    const PlaybackState &state() const { return m_state; }
    void setState(PlaybackState state);

Q_SIGNALS:
    void changed();

private:
    PlaybackState m_state;
};

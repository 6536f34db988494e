#pragma once

#include "nowplaying/playbackstate.h"

#include <QObject>

// What plays now, as one snapshot: NowPlayingTracker is its one writer, the server, the window
// and the files for OBS read it (they hold it const). A snapshot equal to the current one is not
// published again: `changed` means something changed.
class NowPlaying : public QObject
{
    Q_OBJECT

public:
    explicit NowPlaying(QObject *parent = nullptr);

    const PlaybackState &state() const { return m_state; }
    void setState(PlaybackState state);
    // Snapshots published, for tests.
    int publications() const { return m_publications; }

Q_SIGNALS:
    void changed();

private:
    PlaybackState m_state;
    int m_publications = 0;
};

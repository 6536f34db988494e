#include "nowplaying/nowplaying.h"

NowPlaying::NowPlaying(QObject *parent)
    : QObject(parent)
{ }

void NowPlaying::setState(PlaybackState state)
{
    if (state == m_state)
        return;
    m_state = std::move(state);
    ++m_publications;
    Q_EMIT changed();
}

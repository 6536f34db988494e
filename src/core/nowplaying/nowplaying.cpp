#include "nowplaying/nowplaying.h"

NowPlaying::NowPlaying(QObject *parent)
    : QObject(parent)
{ }

void NowPlaying::setState(PlaybackState state)
{
    m_state = std::move(state);
    Q_EMIT changed();
}

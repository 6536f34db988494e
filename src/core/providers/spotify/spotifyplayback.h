#pragma once

#include "providers/remoteplayback.h"

#include <QJsonObject>

// Spotify's currently-playing JSON as a RemotePlayback: tracks, podcast episodes (with
// additional_types=episode), files from the user's disk (no id, no cover) and ads.
namespace SpotifyPlayback {
RemotePlayback read(const QJsonObject &answer);
// One of Spotify's track objects (as in currently-playing, /v1/me/tracks…).
Track trackOf(const QJsonObject &item);
} // namespace SpotifyPlayback

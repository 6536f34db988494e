#pragma once

#include "library/likedtrack.h"

#include <QJsonObject>

// A page of Spotify's GET /v1/me/tracks (saved tracks, newest first) as LikedTracks, with the
// ISRC from external_ids. Files from the user's disk (no id) are left out: they are the user's
// own already.
namespace SpotifyLikedTracks {
LikedPage read(const QJsonObject &page);
} // namespace SpotifyLikedTracks

#pragma once

#include "nowplaying/track.h"

#include <optional>

// What a service's Web API says plays on the account, on whichever device.
struct RemotePlayback {
    bool playing = false;
    // nullopt: nothing plays, or a private session hides it.
    std::optional<Track> track;
};

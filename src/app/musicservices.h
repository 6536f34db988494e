#pragma once

#include "providers/musicservice.h"

#include <memory>
#include <vector>

// The music services of this version, in the order the Connect page shows them, with their
// addresses from the environment a user (or a test's fake service) can set:
// MELODYHUE_SPOTIFY_ACCOUNTS_URL and MELODYHUE_SPOTIFY_API_URL (DESIGN.md, Environment).
namespace MusicServices {
std::vector<std::unique_ptr<MusicService>> fromEnvironment();
}

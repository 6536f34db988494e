#pragma once

#include <chrono>
#include <optional>

// When to ask a service's Web API again what plays, so that a change shows within the check
// interval while music plays, a resumed track within it for two minutes after a pause, and an
// idle account costs at most 40 calls an hour. The request budget's pauses come on top.
namespace PollPlanner {

using std::chrono::milliseconds;
using std::chrono::seconds;

struct Situation {
    bool playing = false;
    // Left of the current track, when it plays and its length is known.
    std::optional<milliseconds> remaining;
    // Since the account was connected or last seen playing.
    milliseconds sinceActive{0};
};

// After a pause, people resume soon: checked at the interval for this long.
constexpr seconds resumeWindow{120};
constexpr seconds slowInterval{30};
// Past this, the account is idle.
constexpr seconds idleAfter{15 * 60};
constexpr seconds idleInterval{90};
// A check timed for a track's end comes this much after it, so the next one has started.
constexpr milliseconds endMargin{1500};

milliseconds nextCheck(const Situation &situation, seconds interval);

} // namespace PollPlanner

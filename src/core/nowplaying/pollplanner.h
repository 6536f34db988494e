#pragma once

#include <chrono>
#include <optional>

// When to ask a service's Web API again what plays, so that a change shows within the check
// interval while music plays, a resumed track within it for two minutes after a pause, and an
// idle account costs at most 40 calls an hour; within a daily budget, what is left of it is
// spread over what is left of the day. The end of each track is checked first (its successor
// shows within seconds); checks in between take what the budget leaves after those, never more
// often than the interval; a paused or idle account spends less, keeping budget for music. The
// request budget's pauses (a rate limit, a spent budget) come on top.
namespace PollPlanner {

using std::chrono::milliseconds;
using std::chrono::seconds;

// The day's budget as it stands.
struct Budget {
    int remaining = 0;
    milliseconds untilNextDay{0};
    // The whole day's, which sets the pace while nothing plays.
    int daily = 0;
};

struct Situation {
    bool playing = false;
    // Left of the current track, when it plays and its length is known.
    std::optional<milliseconds> remaining;
    // Since the account was connected or last seen playing.
    milliseconds sinceActive{0};
    // The current track's length, when known.
    std::optional<milliseconds> length;
    // Without one, only the interval and the service's own limits count.
    std::optional<Budget> budget;
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

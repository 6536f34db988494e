#include "nowplaying/pollplanner.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace PollPlanner {

namespace {

// The time between two checks that spends what is left of the budget evenly over the day.
std::optional<milliseconds> paceOf(const std::optional<Budget> &budget)
{
    if (!budget || budget->remaining <= 0)
        return std::nullopt;
    return budget->untilNextDay / budget->remaining;
}

// While playing: the time between checks that are not at a track's end, and whether ends are
// checked at all. The ends of tracks of this length cost one check each; the rest of the pace
// goes to checks in between, which see a skipped track.
std::pair<milliseconds, bool> playingPace(const Situation &situation, seconds interval)
{
    const std::optional<milliseconds> pace = paceOf(situation.budget);
    if (!pace)
        return {interval, true};
    if (!situation.length || situation.length->count() <= 0)
        return {std::max<milliseconds>(*pace, interval), false};
    const double allowed = 1.0 / double(std::max<milliseconds::rep>(pace->count(), 1));
    const double ends = 1.0 / double(situation.length->count());
    if (allowed <= ends)
        return {std::max<milliseconds>(*pace, interval), false};
    const auto between = milliseconds(milliseconds::rep(1.0 / (allowed - ends)));
    return {std::max<milliseconds>(between, interval), true};
}

} // namespace

milliseconds nextCheck(const Situation &situation, seconds interval)
{
    if (situation.budget && situation.budget->remaining <= 0)
        return situation.budget->untilNextDay + endMargin;
    if (situation.playing) {
        const auto [regular, endChecks] = playingPace(situation, interval);
        if (situation.remaining && endChecks)
            return std::clamp(*situation.remaining + endMargin, milliseconds(endMargin), regular);
        return regular;
    }
    // Resuming soon after a pause is likely: checked at the pace of what is left. Later, at a
    // fraction of the day's whole budget, so that silence never spends what music will need.
    const milliseconds pace = paceOf(situation.budget).value_or(milliseconds(0));
    const milliseconds dayPace = situation.budget && situation.budget->daily > 0
        ? milliseconds(24h) / situation.budget->daily
        : milliseconds(0);
    if (situation.sinceActive < resumeWindow)
        return std::max<milliseconds>({milliseconds(interval), pace});
    if (situation.sinceActive < idleAfter)
        return std::max<milliseconds>({slowInterval, milliseconds(interval), pace, 2 * dayPace});
    return std::max<milliseconds>({idleInterval, milliseconds(interval), pace, 4 * dayPace});
}

} // namespace PollPlanner

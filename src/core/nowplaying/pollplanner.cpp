#include "nowplaying/pollplanner.h"

#include <algorithm>

namespace PollPlanner {

milliseconds nextCheck(const Situation &situation, seconds interval)
{
    if (situation.playing) {
        const milliseconds regular = interval;
        if (situation.remaining)
            return std::clamp(*situation.remaining + endMargin, milliseconds(endMargin), regular);
        return regular;
    }
    if (situation.sinceActive < resumeWindow)
        return std::max<milliseconds>(interval, milliseconds(0));
    if (situation.sinceActive < idleAfter)
        return std::max<milliseconds>(slowInterval, interval);
    return std::max<milliseconds>(idleInterval, interval);
}

} // namespace PollPlanner

#pragma once

#include <algorithm>

namespace kuaibao {

// Ticks for an axis of counts: a whole-number step of 1, 2 or 5 times a power of ten giving
// at most about ten ticks, and a top that is a whole number of steps at or above the largest
// count (1 for an empty chart), so a bar worth 1 ends on the tick labelled 1.
struct IntegerTicks {
    int step = 1;
    int top = 1;

    static IntegerTicks forMaximum(int maximum) {
        IntegerTicks ticks;
        const int highest = std::max(1, maximum);
        for (int scale = 1;; scale *= 10) {
            for (const int factor : {1, 2, 5}) {
                if (highest <= factor * scale * 10) {
                    ticks.step = factor * scale;
                    ticks.top = (highest + ticks.step - 1) / ticks.step * ticks.step;
                    return ticks;
                }
            }
        }
    }
};

} // namespace kuaibao

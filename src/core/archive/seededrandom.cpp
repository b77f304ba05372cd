#include "seededrandom.h"

#include <algorithm>

namespace kuaibao {

QStringList SeededRandom::pickDistinct(const QStringList &list, int count) {
    count = std::clamp(count, 0, static_cast<int>(list.size()));
    QList<bool> taken(list.size(), false);
    int chosen = 0;
    while (chosen < count) {
        const int at = between(0, static_cast<int>(list.size()) - 1);
        if (!taken[at]) {
            taken[at] = true;
            ++chosen;
        }
    }
    QStringList out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (taken[i]) {
            out.append(list.at(i));
        }
    }
    return out;
}

} // namespace kuaibao

#pragma once

#include <QList>
#include <QStringList>

#include <cstdint>

namespace kuaibao {

// A small random source whose sequence depends only on its seed (SplitMix64), the same on
// every platform and compiler, so that a generated archive can be made again exactly.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // A whole number in [low, high], both included.
    int between(int low, int high) {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    // True with the given chance in percent.
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T> const T &pick(const QList<T> &list) {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }
    // `count` different entries of `list`, in the list's order.
    QStringList pickDistinct(const QStringList &list, int count);

private:
    std::uint64_t m_state;
};

} // namespace kuaibao

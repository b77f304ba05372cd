#include "searchkey.h"

#include <limits>

namespace kuaibao::searchkey {

namespace {

constexpr int kSeriesShift = kNumberBits + kPositionBits;
constexpr int kDayShift = kSeriesShift + 1;

} // namespace

qint64 make(const QDate &date, Series series, int number, int position) {
    const qint64 day = date.toJulianDay();
    const qint64 seriesBit = series == Series::Regular ? 1 : 0;
    const qint64 reversedPosition = kMaxPositions - 1 - position;
    return (day << kDayShift) | (seriesBit << kSeriesShift) |
           (static_cast<qint64>(number) << kPositionBits) | reversedPosition;
}

qint64 lowest(const QDate &from) {
    return from.isValid() ? (from.toJulianDay() << kDayShift) : std::numeric_limits<qint64>::min();
}

qint64 highest(const QDate &to) {
    return to.isValid() ? (((to.toJulianDay() + 1) << kDayShift) - 1)
                        : std::numeric_limits<qint64>::max();
}

} // namespace kuaibao::searchkey

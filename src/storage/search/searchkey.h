#pragma once

#include "core/issue.h"

#include <QDate>

namespace kuaibao {

// The row id of a piece of indexed text, built so that a larger id is a newer hit: the issue
// date, then the regular series before 增刊, then the issue number, then the reading order
// inside the issue (earlier text gets the larger id). Ordering by row id descending is then
// "newest first", which the full-text index can walk without sorting.
namespace searchkey {

constexpr int kNumberBits = 20;
constexpr int kPositionBits = 13;
constexpr int kMaxNumber = (1 << kNumberBits) - 1;
constexpr int kMaxPositions = 1 << kPositionBits;

// Valid for numbers up to kMaxNumber and positions below kMaxPositions.
qint64 make(const QDate &date, Series series, int number, int position);
// The smallest and largest keys of every hit dated in [from, to] (an invalid date is open).
qint64 lowest(const QDate &from);
qint64 highest(const QDate &to);

} // namespace searchkey

} // namespace kuaibao

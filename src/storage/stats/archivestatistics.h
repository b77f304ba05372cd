#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kuaibao {

class Database;

// The issues counted: those dated within [from, to] (an invalid date leaves that end open).
struct StatsRange {
    QDate from;
    QDate to;
};

// One row of a statistics table: a unit, a category or a month (YYYY-MM) with its counts.
// `items` are 简讯 items credited to it (an item credited to two units counts for each),
// `mentions` are also-took-part lists naming it; `issues` is filled by month only.
struct StatsRow {
    QString key;
    int items = 0;
    int mentions = 0;
    int issues = 0;
    bool knownUnit = true; // by unit: false for a name that is not in the unit list
};

// Counts over the archive for a date range: per unit (every unit of the list, with 0 where it
// has nothing, then names outside the list), per 简讯 category and per month. Every count is
// a plain SQL count over stored rows, so it can be checked by hand.
class ArchiveStatistics {
public:
    explicit ArchiveStatistics(Database &database) : m_db(database) {}

    // Ranked by items, then mentions, then the unit list's order.
    Result<QList<StatsRow>> byUnit(const StatsRange &range) const;
    // In the order categories first appear, most items first.
    Result<QList<StatsRow>> byCategory(const StatsRange &range) const;
    // Oldest month first; months without issues are left out.
    Result<QList<StatsRow>> byMonth(const StatsRange &range) const;

private:
    Database &m_db;
};

} // namespace kuaibao

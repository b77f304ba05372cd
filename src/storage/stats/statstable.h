#pragma once

#include "archivestatistics.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao {

// What a statistics table is counted by.
enum class StatsGrouping { Unit, Category, Month };

std::optional<StatsGrouping> statsGroupingFromKey(const QString &key); // unit, category, month

// Writes statistics rows as CSV or as tab-separated lines, the columns fixed per grouping:
// unit,items,mentions — category,items,mentions — month,issues,items,mentions.
class StatsTable {
public:
    static QStringList header(StatsGrouping grouping);
    static QStringList cells(StatsGrouping grouping, const StatsRow &row);
    // CSV with a header line (fields quoted where RFC 4180 needs it), lines ending in \n.
    static QString csv(StatsGrouping grouping, const QList<StatsRow> &rows);
    // The same under other column headers (the window's translated ones).
    static QString csv(const QStringList &header, StatsGrouping grouping,
                       const QList<StatsRow> &rows);
    // Tab-separated, with a header line.
    static QString text(StatsGrouping grouping, const QList<StatsRow> &rows);
};

} // namespace kuaibao

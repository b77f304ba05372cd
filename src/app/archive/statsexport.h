#pragma once

#include "storage/stats/archivestatistics.h"
#include "storage/stats/statstable.h"

#include <QCoreApplication>

namespace kuaibao {

// The statistics as an office takes them into Excel or WPS: Chinese column headers, a .xlsx
// workbook with numbers as numbers, or CSV with a UTF-8 byte-order mark so Excel reads the
// Chinese right. (`kuaibao-cli stats --csv` keeps its own plain contract.)
class StatsExport {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::StatsExport)

public:
    // The column headers, as the dialog's table shows them.
    static QStringList header(StatsGrouping grouping);
    // A .xlsx path gets a workbook, any other a CSV file.
    static Status write(const QString &path, StatsGrouping grouping, const QList<StatsRow> &rows);
    static QByteArray csvWithBom(StatsGrouping grouping, const QList<StatsRow> &rows);
};

} // namespace kuaibao

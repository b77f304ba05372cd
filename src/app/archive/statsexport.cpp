#include "statsexport.h"

#include "core/files/outputfile.h"
#include "io/spreadsheet/tableworkbook.h"

namespace kuaibao {

QStringList StatsExport::header(StatsGrouping grouping) {
    QStringList headers = {grouping == StatsGrouping::Unit       ? tr("Unit")
                           : grouping == StatsGrouping::Category ? tr("Category")
                                                                 : tr("Month")};
    if (grouping == StatsGrouping::Month) {
        headers << tr("Issues");
    }
    headers << tr("Items adopted") << tr("Mentions");
    return headers;
}

QByteArray StatsExport::csvWithBom(StatsGrouping grouping, const QList<StatsRow> &rows) {
    return QByteArray("\xEF\xBB\xBF") + StatsTable::csv(header(grouping), grouping, rows).toUtf8();
}

Status StatsExport::write(const QString &path, StatsGrouping grouping,
                          const QList<StatsRow> &rows) {
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        return OutputFile::write(path, csvWithBom(grouping, rows));
    }
    QList<QVariantList> table;
    for (const StatsRow &row : rows) {
        QVariantList cells{row.key};
        if (grouping == StatsGrouping::Month) {
            cells << row.issues;
        }
        cells << row.items << row.mentions;
        table << cells;
    }
    return TableWorkbook::write(path, tr("Statistics"), header(grouping), table);
}

} // namespace kuaibao

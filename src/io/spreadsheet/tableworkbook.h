#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kuaibao {

// A table written as an Excel workbook (.xlsx) of one sheet: a bold header row, numbers as
// numbers (so Excel and WPS can sum them), text as text, columns wide enough for Chinese.
class TableWorkbook {
public:
    // Writes the workbook to `path` whole, or not at all (through OutputFile). A cell holding
    // an int or a double is a number; anything else is written as its text.
    static Status write(const QString &path, const QString &sheetName, const QStringList &header,
                        const QList<QVariantList> &rows);
};

} // namespace kuaibao

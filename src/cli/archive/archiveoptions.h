#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QDate>

namespace kuaibao {

// The --from/--to options the archive commands share, and reading them.
struct DateRangeOptions {
    static void add(QCommandLineParser &parser);
    // Both dates (invalid when not given); a malformed date is a BadInput error.
    static Result<std::pair<QDate, QDate>> read(const QCommandLineParser &parser);
};

} // namespace kuaibao

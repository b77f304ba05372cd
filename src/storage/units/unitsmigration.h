#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace kuaibao {

// Schema step 6: the unit list with aliases, seeded from the default template, and the
// stored items mapped to canonical unit names.
Status addUnitList(const QSqlDatabase &db);

} // namespace kuaibao

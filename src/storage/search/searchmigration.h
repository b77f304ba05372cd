#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace kuaibao {

// Schema step 4: the search tables, filled with every issue already in the archive.
Status addSearchIndex(const QSqlDatabase &db);

} // namespace kuaibao

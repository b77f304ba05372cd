#pragma once

#include <QStringList>

namespace kuaibao {

// The first schema, frozen: later changes are new migration steps, never edits here.
QStringList schemaV1Statements();

} // namespace kuaibao

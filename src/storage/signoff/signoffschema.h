#pragma once

#include <QStringList>

namespace kuaibao {

// Schema step 3: people with their roles and password hashes, signatures bound to content,
// returns with their remarks, what each person last saw, and the per-issue sign-off log.
QStringList signoffSchemaStatements();

} // namespace kuaibao

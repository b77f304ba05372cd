#pragma once

#include <QStringList>

namespace kuaibao {

// Schema step 3: people with their roles and password hashes, signatures bound to content,
// returns with their remarks, what each person last saw, the per-issue sign-off log, and
// triggers that refuse changes to the rows of an 已签发 issue (a second line behind verify).
QStringList signoffSchemaStatements();

} // namespace kuaibao

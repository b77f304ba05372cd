#pragma once

#include "core/issue.h"
#include "core/result.h"

namespace kuaibao {

// Keeps an issue the archive refused to store in a JSON file (the import form) in the
// application data folder, so closing the window never loses work. Returns the file's path.
Result<QString> writeRecoveryFile(const Issue &issue);

} // namespace kuaibao

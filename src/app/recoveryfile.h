#pragma once

#include "core/issue.h"
#include "core/result.h"

namespace kuaibao {

// Keeps an issue the archive refused to store in a JSON file (the import form) in the
// application data folder, so closing the window never loses work. Returns the file's path.
Result<QString> writeRecoveryFile(const Issue &issue);

// The folder recovery files are kept in.
QString recoveryFolder();
// The recovery files not yet restored or set aside, oldest first.
QStringList pendingRecoveryFiles();
// Reads a recovery file back (the JSON import form).
Result<Issue> readRecoveryFile(const QString &path);
// Moves a dealt-with recovery file into recovery/done, so it is offered no more.
Status setRecoveryFileAside(const QString &path);

} // namespace kuaibao

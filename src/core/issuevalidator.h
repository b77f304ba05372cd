#pragma once

#include "issue.h"
#include "result.h"

#include <QStringList>

namespace kuaibao {

// The invariants every stored issue keeps; each broken one is a sentence naming where.
QStringList issueProblems(const Issue &issue);

// The first problem as a BadInput error, or success.
Status checkIssue(const Issue &issue);

} // namespace kuaibao

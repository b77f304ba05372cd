#pragma once

#include "issue.h"
#include "result.h"

#include <QStringList>

namespace kuaibao {

// A new 简讯 item nobody has filled in yet (no unit, no text): a normal state of a draft,
// stored as it is and printed as nothing.
bool isBlankItem(const BriefItem &item);

// The invariants every stored issue keeps; each broken one is a sentence naming where.
QStringList issueProblems(const Issue &issue);

// The first problem as a BadInput error, or success.
Status checkIssue(const Issue &issue);

} // namespace kuaibao

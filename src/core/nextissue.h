#pragma once

#include "bulletintemplate.h"
#include "issue.h"

namespace kuaibao {

// Makes the issue after `previous` in one step: the given number and date, masthead, footer
// roles (their names left empty until people sign), distribution and contact carried over, the
// same sections and categories laid out empty, as a draft.
Issue makeNextIssue(const Issue &previous, int number, const QDate &date);

} // namespace kuaibao

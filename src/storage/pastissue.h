#pragma once

#include "core/issue.h"
#include "core/result.h"

namespace kuaibao {

class IssueRepository;

// Makes a past issue (往期, imported from a file) an editable draft that can go through
// sign-off: the one step from the archive's record to a working copy. Returns the stored issue.
Result<Issue> makePastIssueDraft(IssueRepository &repository, int number,
                                 Series series = Series::Regular);

} // namespace kuaibao

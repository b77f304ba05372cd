#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QDate>

#include <optional>

namespace kuaibao {

class IssueRepository;

// What the user asked for when making a new issue; everything left empty is worked out.
struct NewIssueRequest {
    std::optional<int> fromNumber; // carry over from this issue instead of the latest
    std::optional<int> number;     // default: one more than the highest in the series
    QDate date;                    // default: today
    Series series = Series::Regular;
};

// "Next issue" in one step: from the latest issue (or the given one), or from the default
// template when the archive has none; saved as a draft. Returns the stored issue.
Result<Issue> createNextIssue(IssueRepository &repository, const NewIssueRequest &request);

} // namespace kuaibao

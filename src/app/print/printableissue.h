#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "core/signoff/signoffproof.h"
#include "render/issuelayout.h"

#include <QString>

#include <optional>

namespace kuaibao {

class Database;

// An issue laid out for print with the template version it was set with; a signed issue also
// with its sign-off proof, whose 签发校验码 the page prints.
struct PrintableIssue {
    IssueLayout layout;
    QString note; // set when that version was not found and the newest was used
    std::optional<SignoffProof> proof; // what its PDF carries (storage SignoffProofStore)

    // Finds the issue's template (archived version first), reads its layout and sets the issue.
    static Result<PrintableIssue> prepare(const Database &db, const Issue &issue);
};

} // namespace kuaibao

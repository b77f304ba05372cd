#pragma once

#include "finding.h"

#include "core/result.h"

#include <QList>

#include <optional>

namespace kuaibao {

class IssueDocument;

// The content checks a reviewer does by eye (docs/preflight.md), run on an issue before
// sign-off and print, and the one-click fixes of what they find.
class Preflight {
public:
    // Every finding, in reading order (checks of one place in a fixed order).
    static QList<Finding> run(const Issue &issue, const PreflightContext &context = {});

    // The issue with the finding's fix applied; nothing when it has no fix or its place no
    // longer holds what was found there.
    static std::optional<Issue> fixed(const Issue &issue, const Finding &finding);
    // Applies the fix to the open document as one undoable step; false when it cannot.
    static bool applyFix(IssueDocument &document, const Finding &finding);

    // Whether `role` may pass the issue given its findings: the first role (编校, who hands the
    // issue in) always may; 审核 and every role after it only while no finding is an error.
    // A refusal is Forbidden, with a sentence saying why and what to do.
    static Status allowsPassing(const QList<Finding> &findings, const QStringList &roles,
                                const QString &role);
};

} // namespace kuaibao

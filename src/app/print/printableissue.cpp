#include "printableissue.h"

#include "render/layoutstyle.h"
#include "storage/signoff/signoffproofstore.h"
#include "storage/templates/templatearchive.h"

namespace kuaibao {

Result<PrintableIssue> PrintableIssue::prepare(const Database &db, const Issue &issue) {
    Result<IssueTemplate> found = templateForIssue(db, issue);
    if (!found) {
        return found.error();
    }
    Result<LayoutStyle> style = LayoutStyle::fromTemplate(found->bulletinTemplate);
    if (!style) {
        return style.error();
    }
    Result<std::optional<SignoffProof>> proof = SignoffProofStore(db).proofFor(issue);
    if (!proof) {
        return proof.error();
    }
    const QString code = *proof ? (*proof)->checkCode() : QString();
    return PrintableIssue{IssueLayout::build(issue, *style, code), found->note, *proof};
}

} // namespace kuaibao

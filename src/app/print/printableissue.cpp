#include "printableissue.h"

#include "render/layoutstyle.h"
#include "storage/templates/templatearchive.h"

namespace kuaibao {

Result<PrintableIssue> PrintableIssue::prepare(const QSqlDatabase &db, const Issue &issue) {
    Result<IssueTemplate> found = templateForIssue(db, issue);
    if (!found) {
        return found.error();
    }
    Result<LayoutStyle> style = LayoutStyle::fromTemplate(found->bulletinTemplate);
    if (!style) {
        return style.error();
    }
    return PrintableIssue{IssueLayout::build(issue, *style), found->note};
}

} // namespace kuaibao

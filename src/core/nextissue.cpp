#include "nextissue.h"

namespace kuaibao {

Issue makeNextIssue(const Issue &previous, int number, const QDate &date) {
    Issue next;
    next.masthead = previous.masthead;
    next.masthead.number = number;
    next.masthead.date = date;
    if (previous.masthead.cumulativeNumber) {
        next.masthead.cumulativeNumber =
            *previous.masthead.cumulativeNumber + (number - previous.masthead.number);
    }
    for (const Section &section : previous.sections) {
        Section empty;
        empty.name = section.name;
        empty.kind = section.kind;
        for (const BriefCategory &category : section.categories) {
            empty.categories.append(BriefCategory{category.name, {}, {}});
        }
        next.sections.append(empty);
    }
    next.footer = previous.footer;
    // Who edited, checked and approved is filled in as people sign this issue, never taken
    // from the one before.
    for (StaffCredit &credit : next.footer.staff) {
        credit.name.clear();
    }
    next.status = IssueStatus::Draft;
    next.templateId = previous.templateId;
    next.templateVersion = previous.templateVersion;
    return next;
}

} // namespace kuaibao

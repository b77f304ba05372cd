#include "pastissue.h"

#include "issuerepository.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct PastIssueText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PastIssue)
};
} // namespace

Result<Issue> makePastIssueDraft(IssueRepository &repository, int number, Series series) {
    Result<Issue> issue = repository.load(number, series);
    if (!issue) {
        return issue.error();
    }
    if (issue->status != IssueStatus::Past) {
        return Error::badInput(
            PastIssueText::tr("issue %1 is %2, not a past issue (往期); only a past issue is "
                              "made a draft this way")
                .arg(number)
                .arg(statusChineseLabel(issue->status)));
    }
    issue->status = IssueStatus::Draft;
    return repository.save(*issue);
}

} // namespace kuaibao

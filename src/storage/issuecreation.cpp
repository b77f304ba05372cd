#include "issuecreation.h"

#include "issuerepository.h"

#include "core/nextissue.h"
#include "core/templatelibrary.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct IssueCreationText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssueCreation)
};
} // namespace

Result<Issue> createNextIssue(IssueRepository &repository, const NewIssueRequest &request) {
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    Result<std::optional<Issue>> latest = repository.latest(request.series);
    if (!latest) {
        return latest.error();
    }
    const int highest = latest->has_value() ? (*latest)->masthead.number : 0;
    const int number = request.number.value_or(highest + 1);
    if (number < 1) {
        return Error::badInput(
            IssueCreationText::tr("the issue number must be 1 or more, not %1").arg(number));
    }
    Result<bool> taken = repository.exists(number, request.series);
    if (!taken) {
        return taken.error();
    }
    if (*taken) {
        return Error::conflict(
            IssueCreationText::tr(
                "issue %1 already exists; choose another number or open it instead")
                .arg(number));
    }

    Issue issue;
    if (request.fromNumber) {
        Result<Issue> base = repository.load(*request.fromNumber, request.series);
        if (!base) {
            return base.error();
        }
        issue = makeNextIssue(*base, number, date);
    } else if (latest->has_value()) {
        issue = makeNextIssue(**latest, number, date);
    } else {
        Result<BulletinTemplate> templ =
            TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
        if (!templ) {
            return templ.error();
        }
        issue = templ->emptyIssue(number, date);
    }
    issue.masthead.series = request.series;
    return repository.save(issue);
}

} // namespace kuaibao

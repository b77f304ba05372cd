// A past issue (往期, imported from a file) waits in nobody's queue, is never signed, verifies as
// unsigned, and becomes a draft in one step.
#include "signoff_support.h"

#include "storage/pastissue.h"
#include "storage/signoff/signoffqueue.h"
#include "storage/signoff/signoffverifier.h"

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

namespace {

// Whether issue 674 waits for `person`.
bool waitsFor(SignoffArchive &a, const QString &person) {
    const QList<WaitingIssue> waiting = test::must(SignoffQueue(*a.db).waitingFor(person));
    return std::any_of(waiting.cbegin(), waiting.cend(),
                       [](const WaitingIssue &w) { return w.summary.number == 674; });
}

void makePast(SignoffArchive &a) {
    Issue issue = a.load();
    issue.status = IssueStatus::Past;
    REQUIRE(IssueRepository(*a.db).save(issue));
    REQUIRE(a.load().status == IssueStatus::Past);
}

} // namespace

TEST_CASE("past issue: in nobody's queue, refused by sign-off, verified as unsigned",
          "[storage][past][engines]") {
    SignoffArchive a;
    REQUIRE(waitsFor(a, QStringLiteral("李编"))); // a draft waits for 编校
    makePast(a);
    CHECK_FALSE(waitsFor(a, QStringLiteral("李编")));

    const Result<Issue> signedPast = SignoffService(*a.db).sign(a.ref, QStringLiteral("编校"),
                                                                QStringLiteral("李编"), "pw-li-11");
    REQUIRE_FALSE(signedPast);
    CHECK(signedPast.error().kind == ErrorKind::Forbidden);
    CHECK(signedPast.error().message.contains(QStringLiteral("往期")));
    CHECK(a.load().status == IssueStatus::Past);

    const VerifyReport report = test::must(SignoffVerifier(*a.db).verify(674));
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.problems.isEmpty());
    CHECK(report.standingSignatures == 0);
}

TEST_CASE("past issue: made a draft, it waits for 编校 and signs; a draft is not made again",
          "[storage][past][engines]") {
    SignoffArchive a;
    makePast(a);
    IssueRepository repository(*a.db);
    const Issue draft = test::must(makePastIssueDraft(repository, 674));
    CHECK(draft.status == IssueStatus::Draft);
    CHECK(a.load().status == IssueStatus::Draft);
    CHECK(waitsFor(a, QStringLiteral("李编")));
    CHECK(SignoffService(*a.db).sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"),
                                     "pw-li-11"));

    const Result<Issue> again = makePastIssueDraft(repository, 674);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::BadInput);
    CHECK(again.error().message.contains(QStringLiteral("待审核")));
    CHECK(a.load().status == IssueStatus::AwaitingReview);
}

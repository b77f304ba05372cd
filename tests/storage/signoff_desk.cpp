// The sign-off desk: whose queue it shows, when an issue counts as seen, what it refuses before
// the password is checked, and what it shows of an opened issue.
#include "signoff_support.h"

#include "storage/signoff/peopleretirement.h"
#include "storage/signoff/signoffdesk.h"
#include "storage/signoff/signoffqueue.h"
#include "storage/sqlutil.h"

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

int failedAttempts(Database &db, const QString &name) {
    return must(PeopleStore(db).find(name)).failedAttempts;
}

// The desk with `name` at it (signed in or not), its queue read and its first issue opened.
void openFirst(SignoffDesk &desk, const QString &name, bool signIn) {
    if (signIn) {
        desk.signIn(name);
    } else {
        desk.setPerson(name);
    }
    REQUIRE(desk.loadQueue());
    REQUIRE(desk.open(0));
}

} // namespace

TEST_CASE("signoff desk: each person sees the issues waiting for their role; the retired are not "
          "offered",
          "[engines]") {
    SignoffArchive a;
    SignoffDesk desk(*a.db);
    DeskPeople people = must(desk.people());
    CHECK(people.anyone);
    CHECK(people.signers ==
          QStringList{QStringLiteral("李编"), QStringLiteral("王审"), QStringLiteral("赵签")});

    openFirst(desk, QStringLiteral("李编"), false);
    REQUIRE(desk.queue().size() == 1);
    CHECK(desk.queue().first().summary.number == 674);
    REQUIRE(desk.opened());
    CHECK(desk.opened()->role == QStringLiteral("编校"));
    CHECK(desk.opened()->issue.masthead.number == 674);
    CHECK(desk.opened()->log.isEmpty());
    CHECK(desk.opened()->drift.isEmpty());

    desk.setPerson(QStringLiteral("王审"));
    CHECK(must(desk.loadQueue()).isEmpty());
    REQUIRE(desk.open(0));
    CHECK_FALSE(desk.current());
    CHECK_FALSE(desk.opened());
    CHECK_FALSE(desk.approve("pw-wang-2"));
    CHECK(failedAttempts(*a.db, QStringLiteral("王审")) == 0);

    REQUIRE(PeopleRetirement(*a.db).retire(QStringLiteral("王审"),
                                           Credentials{QStringLiteral("李编"), "pw-li-11"}));
    people = must(desk.people());
    CHECK(people.anyone);
    CHECK(people.signers == QStringList{QStringLiteral("李编"), QStringLiteral("赵签")});
}

TEST_CASE("signoff desk: an issue counts as seen only by the person who signed in", "[engines]") {
    SignoffArchive a;
    SignoffDesk desk(*a.db);
    SignoffQueue queue(*a.db);
    const qint64 id = a.load().storageId;

    openFirst(desk, QStringLiteral("李编"), false);
    CHECK_FALSE(desk.signedIn());
    CHECK(must(queue.lastSeenBy(QStringLiteral("李编"), id)).isEmpty());

    openFirst(desk, QStringLiteral("李编"), true);
    CHECK(desk.signedIn());
    CHECK(desk.opened()->lastSeen.isEmpty()); // what was seen before this look
    const QString content = desk.opened()->content.text();
    CHECK(must(queue.lastSeenBy(QStringLiteral("李编"), id)) == content);
    REQUIRE(desk.open(0));
    CHECK(desk.opened()->lastSeen == content);

    // Someone else chosen at the desk is not signed in, even though 李编 still is.
    Issue edited = a.load();
    edited.sections[0].articles[0].paragraphs[0].text = RichText(QStringLiteral("改过的第一段。"));
    REQUIRE(IssueRepository(*a.db).save(edited));
    desk.setPerson(QStringLiteral("赵签"));
    CHECK_FALSE(desk.signedIn());
    desk.setPerson(QStringLiteral("李编"));
    CHECK(desk.signedIn());
    REQUIRE(desk.loadQueue());
    REQUIRE(desk.open(0));
    CHECK(desk.opened()->lastSeen == content);
    CHECK(desk.opened()->content.text() != content);
}

TEST_CASE("signoff desk: an empty password is refused before it counts toward the lock-out",
          "[engines]") {
    SignoffArchive a;
    SignoffDesk desk(*a.db);
    openFirst(desk, QStringLiteral("李编"), true);
    for (int i = 0; i < PeopleStore::kMaxFailedAttempts + 1; ++i) {
        const Result<Issue> refused = desk.approve(QByteArray());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == QStringLiteral("Enter your password first."));
        CHECK_FALSE(desk.returnIssue(QByteArray(), QStringLiteral("改")));
    }
    CHECK(failedAttempts(*a.db, QStringLiteral("李编")) == 0);
    CHECK(a.load().status == IssueStatus::Draft);

    const Result<Issue> wrong = desk.approve("wrong-one");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(QStringLiteral("wrong password")));
    CHECK(failedAttempts(*a.db, QStringLiteral("李编")) == 1);

    const Issue signedIssue = must(desk.approve("pw-li-11"));
    CHECK(signedIssue.status == IssueStatus::AwaitingReview);
    CHECK(failedAttempts(*a.db, QStringLiteral("李编")) == 0);
    CHECK(must(desk.loadQueue()).isEmpty());
}

TEST_CASE("signoff desk: 审核 cannot pass while the preflight finds errors, returns, and the "
          "editor marks the remark dealt with",
          "[engines]") {
    SignoffArchive a;
    Issue issue = a.load();
    issue.sections[0].articles[0].paragraphs[0].text =
        RichText(QStringLiteral("县里八日召开推进会,各乡镇参加"));
    REQUIRE(IssueRepository(*a.db).save(issue));
    SignoffDesk desk(*a.db);

    openFirst(desk, QStringLiteral("李编"), true);
    REQUIRE_FALSE(desk.opened()->findings.isEmpty());
    CHECK(desk.mayPass()); // 编校 hands it in, errors and all
    REQUIRE(desk.approve("pw-li-11"));

    openFirst(desk, QStringLiteral("王审"), true);
    CHECK(desk.opened()->role == QStringLiteral("审核"));
    const Status mayPass = desk.mayPass();
    REQUIRE_FALSE(mayPass);
    CHECK(mayPass.error().kind == ErrorKind::Forbidden);
    const Result<Issue> refused = desk.approve("wrong-one");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == mayPass.error().message);
    CHECK(failedAttempts(*a.db, QStringLiteral("王审")) == 0); // refused before the password
    CHECK(a.load().status == IssueStatus::AwaitingReview);

    const Issue back = must(desk.returnIssue("pw-wang-2", QStringLiteral("第一段请补充标点")));
    CHECK(back.status == IssueStatus::Draft);
    CHECK(must(desk.loadQueue()).isEmpty());

    openFirst(desk, QStringLiteral("李编"), true);
    CHECK(desk.queue().first().openRemarks == 1);
    REQUIRE(desk.opened()->openRemarks.size() == 1);
    const ReturnRemark remark = desk.opened()->openRemarks.first();
    CHECK(remark.remark == QStringLiteral("第一段请补充标点"));
    REQUIRE_FALSE(desk.opened()->log.isEmpty());
    CHECK(desk.opened()->log.first().action == QStringLiteral("signed"));
    CHECK(desk.opened()->log.first().personName == QStringLiteral("李编"));
    CHECK(std::any_of(
        desk.opened()->log.cbegin(), desk.opened()->log.cend(), [](const SignoffLogEntry &e) {
            return e.action == QStringLiteral("returned") && e.personName == QStringLiteral("王审");
        }));

    CHECK_FALSE(desk.resolveRemark(remark.id, "wrong-one"));
    CHECK(failedAttempts(*a.db, QStringLiteral("李编")) == 1);
    REQUIRE(desk.resolveRemark(remark.id, "pw-li-11"));
    openFirst(desk, QStringLiteral("李编"), true);
    CHECK(desk.opened()->openRemarks.isEmpty());
    CHECK(desk.queue().first().openRemarks == 0);
}

TEST_CASE("signoff desk: an issue changed behind the program's back shows how it drifted") {
    SignoffArchive a;
    REQUIRE(SignoffService(*a.db).sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"),
                                       "pw-li-11"));
    REQUIRE(execSql(a.db->connection(),
                    QStringLiteral("UPDATE items SET plain_text = '改了' WHERE position = 0")));
    SignoffDesk desk(*a.db);
    openFirst(desk, QStringLiteral("王审"), true);
    REQUIRE_FALSE(desk.opened()->drift.isEmpty());
    CHECK(desk.opened()->drift.join(QLatin1Char('\n')).contains(QStringLiteral("now “改了”")));
    CHECK(desk.opened()->reading.isEmpty());
}

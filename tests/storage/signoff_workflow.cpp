// Signing through the archive: status, footer names, refusals that change nothing, returns,
// withdrawal, and the read-only rule for 已签发 issues on every path.
#include "signoff_support.h"

#include "storage/signoff/signaturestore.h"

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

TEST_CASE("signoff workflow: three people take issue 674 to 已签发 and the footer names them",
          "[engines]") {
    SignoffArchive a;
    SignoffService service(*a.db);
    Result<Issue> one =
        service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11");
    REQUIRE(one);
    CHECK(one->status == IssueStatus::AwaitingReview);
    Result<Issue> two =
        service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-2");
    REQUIRE(two);
    CHECK(two->status == IssueStatus::AwaitingSignature);
    Result<Issue> three =
        service.sign(a.ref, QStringLiteral("核签"), QStringLiteral("赵签"), "pw-zhao-3");
    REQUIRE(three);
    CHECK(three->status == IssueStatus::Published);
    const QList<StaffCredit> expected = {{QStringLiteral("编校"), QStringLiteral("李编")},
                                         {QStringLiteral("审核"), QStringLiteral("王审")},
                                         {QStringLiteral("核签"), QStringLiteral("赵签")}};
    CHECK(three->footer.staff == expected);
    CHECK(IssueRepository(*a.db).list()->first().status == IssueStatus::Published);
}

TEST_CASE("signoff workflow: refused steps leave the issue and signatures unchanged", "[engines]") {
    SignoffArchive a;
    SignoffService service(*a.db);
    const Issue before = a.load();
    auto refused = [&](const Result<Issue> &r, const QString &words) {
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(words));
        const Issue now = a.load();
        CHECK(now.sameContent(before));
        CHECK(now.status == before.status);
        CHECK(now.revision == before.revision);
    };
    refused(service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-2"),
            QStringLiteral("out of order"));
    refused(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("王审"), "pw-wang-2"),
            QStringLiteral("does not have the role 编校"));
    refused(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "wrong"),
            QStringLiteral("wrong password"));
    refused(service.returnIssue(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11",
                                QStringLiteral("改")),
            QStringLiteral("nothing to return"));
    refused(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("无名"), "x"),
            QStringLiteral("not in the people list"));

    REQUIRE(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    // 赵签 holds 审核 too, but after signing 审核 may not sign 核签 as well.
    REQUIRE(service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("赵签"), "pw-zhao-3"));
    Result<Issue> twice =
        service.sign(a.ref, QStringLiteral("核签"), QStringLiteral("赵签"), "pw-zhao-3");
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("one person signs only one stage")));
    CHECK(a.load().status == IssueStatus::AwaitingSignature);
    Result<Issue> noRemark = service.returnIssue(
        a.ref, QStringLiteral("核签"), QStringLiteral("赵签"), "pw-zhao-3", QStringLiteral(" "));
    REQUIRE_FALSE(noRemark);
    CHECK(a.load().status == IssueStatus::AwaitingSignature);
}

TEST_CASE(
    "signoff workflow: a return voids the signatures and keeps the remark open until dealt with",
    "[engines]") {
    SignoffArchive a;
    SignoffService service(*a.db);
    REQUIRE(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    REQUIRE(service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-2"));
    Result<Issue> back = service.returnIssue(a.ref, QStringLiteral("核签"), QStringLiteral("赵签"),
                                             "pw-zhao-3", QStringLiteral("第二段数字请核实"));
    REQUIRE(back);
    CHECK(back->status == IssueStatus::Draft);
    CHECK(back->footer.staff.at(0).name.isEmpty());
    SignatureStore store(a.db->connection());
    REQUIRE(test::must(store.standing(back->storageId)).isEmpty());
    QList<ReturnRemark> open = test::must(store.returnsOf(back->storageId, true));
    REQUIRE(open.size() == 1);
    CHECK(open.first().remark == QStringLiteral("第二段数字请核实"));

    Issue edited = *back; // the draft is editable again
    edited.sections[0].articles[0].paragraphs[0].text = RichText(QStringLiteral("核实后的文字。"));
    REQUIRE(IssueRepository(*a.db).save(edited));
    CHECK(test::must(store.returnsOf(back->storageId, true)).size() == 1);
    REQUIRE(service.resolveRemark(a.ref, open.first().id, QStringLiteral("李编"), "pw-li-11"));
    CHECK(test::must(store.returnsOf(back->storageId, true)).isEmpty());
    QStringList actions;
    for (const SignoffLogEntry &e : test::must(service.log(a.ref))) {
        actions << e.action;
    }
    CHECK(actions == QStringList{QStringLiteral("signed"), QStringLiteral("signed"),
                                 QStringLiteral("voided"), QStringLiteral("voided"),
                                 QStringLiteral("returned"), QStringLiteral("remark-resolved")});
}

TEST_CASE("signoff workflow: an issued issue refuses save, delete and replace until withdrawn",
          "[engines]") {
    SignoffArchive a;
    Result<Issue> issued = a.signAll();
    REQUIRE(issued);
    IssueRepository repository(*a.db);
    Issue edited = *issued;
    edited.sections[0].articles[0].paragraphs[0].text = RichText(QStringLiteral("偷偷改。"));
    auto refused = [](const Status &s) {
        REQUIRE_FALSE(s);
        CHECK(s.error().kind == ErrorKind::Forbidden);
        CHECK(s.error().message.contains(QStringLiteral("已签发")));
    };
    auto status = [](const Result<Issue> &r) { return r ? Status() : Status(r.error()); };
    refused(status(repository.save(edited)));
    refused(status(repository.replace(edited)));
    refused(repository.remove(674));
    refused(status(repository.save(*issued))); // even saving the same content
    CHECK(a.load().sameContent(*issued));

    SignoffService service(*a.db);
    CHECK_FALSE(
        service.withdraw(a.ref, QStringLiteral("王审"), "pw-wang-2", QStringLiteral("数字有误")));
    CHECK_FALSE(service.withdraw(a.ref, QStringLiteral("赵签"), "pw-zhao-3", QString()));
    CHECK_FALSE(
        service.withdraw(a.ref, QStringLiteral("赵签"), "wrong-pw", QStringLiteral("数字有误")));
    CHECK(a.load().status == IssueStatus::Published);
    Result<Issue> withdrawn =
        service.withdraw(a.ref, QStringLiteral("赵签"), "pw-zhao-3", QStringLiteral("数字有误"));
    REQUIRE(withdrawn);
    CHECK(withdrawn->status == IssueStatus::AwaitingSignature);
    CHECK(withdrawn->footer.staff.at(2).name.isEmpty());
    CHECK(test::must(service.log(a.ref)).last().action == QStringLiteral("withdrawn"));
    CHECK(test::must(service.log(a.ref)).last().detail == QStringLiteral("数字有误"));
    // Withdrawn, it is a draft again, but its sign-off history keeps it from deletion.
    const Status removed = repository.remove(674);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().message.contains(QStringLiteral("sign-off history")));
}

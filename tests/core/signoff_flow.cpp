// The sign-off state machine: every allowed and refused move, over any list of roles.
#include "core/signoff/signoffflow.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {

const QStringList kRoles = {QStringLiteral("编校"), QStringLiteral("审核"), QStringLiteral("核签")};
const QStringList kAll = kRoles;

SignoffFlow flowWith(int signedStages) {
    const QStringList people = {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")};
    QList<StageSignature> standing;
    for (int i = 0; i < signedStages; ++i) {
        standing << StageSignature{kRoles.at(i), people.at(i)};
    }
    return SignoffFlow(kRoles, standing);
}

} // namespace

TEST_CASE("signoff flow: the status follows the number of standing signatures") {
    CHECK(flowWith(0).status() == IssueStatus::Draft);
    CHECK(flowWith(1).status() == IssueStatus::AwaitingReview);
    CHECK(flowWith(2).status() == IssueStatus::AwaitingSignature);
    CHECK(flowWith(3).status() == IssueStatus::Published);
    CHECK(flowWith(0).nextRole() == QStringLiteral("编校"));
    CHECK(flowWith(2).nextRole() == QStringLiteral("核签"));
    CHECK_FALSE(flowWith(3).nextRole().has_value());
}

TEST_CASE("signoff flow: each stage can be signed only by the next role, in order") {
    for (int stage = 0; stage < 3; ++stage) {
        const SignoffFlow flow = flowWith(stage);
        for (int role = 0; role < 3; ++role) {
            const Status s = flow.canSign(kRoles.at(role), QStringLiteral("丁"), kAll);
            INFO("signed " << stage << ", signing as " << role);
            CHECK(s.ok() == (role == stage));
            if (!s) {
                CHECK(s.error().message.contains(QStringLiteral("out of order")));
                CHECK(s.error().kind == ErrorKind::Forbidden);
            }
        }
    }
    const Status done = flowWith(3).canSign(QStringLiteral("核签"), QStringLiteral("丁"), kAll);
    REQUIRE_FALSE(done);
    CHECK(done.error().message.contains(QStringLiteral("already signed off")));
}

TEST_CASE("signoff flow: refuses a role the person lacks, an unknown role and a second stage") {
    const Status lacks =
        flowWith(1).canSign(QStringLiteral("审核"), QStringLiteral("丁"), {QStringLiteral("编校")});
    REQUIRE_FALSE(lacks);
    CHECK(lacks.error().message == QStringLiteral("丁 does not have the role 审核"));

    const Status unknown = flowWith(0).canSign(QStringLiteral("签发"), QStringLiteral("丁"), kAll);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().kind == ErrorKind::BadInput);

    const Status twice = flowWith(1).canSign(QStringLiteral("审核"), QStringLiteral("甲"), kAll);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already signed this issue as 编校")));
}

TEST_CASE("signoff flow: return needs a stage under way, the waiting role and a remark") {
    CHECK_FALSE(flowWith(0).canReturn(QStringLiteral("编校"), QStringLiteral("丁"), kAll,
                                      QStringLiteral("改")));
    CHECK(flowWith(1).canReturn(QStringLiteral("审核"), QStringLiteral("丁"), kAll,
                                QStringLiteral("改")));
    CHECK(flowWith(2).canReturn(QStringLiteral("核签"), QStringLiteral("丁"), kAll,
                                QStringLiteral("改")));
    CHECK_FALSE(flowWith(2).canReturn(QStringLiteral("审核"), QStringLiteral("丁"), kAll,
                                      QStringLiteral("改")));
    CHECK_FALSE(flowWith(3).canReturn(QStringLiteral("核签"), QStringLiteral("丁"), kAll,
                                      QStringLiteral("改")));
    const Status empty = flowWith(1).canReturn(QStringLiteral("审核"), QStringLiteral("丁"), kAll,
                                               QStringLiteral("  "));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(QStringLiteral("remark")));
}

TEST_CASE("signoff flow: only the last signer withdraws an issued issue, with a reason") {
    CHECK(flowWith(3).canWithdraw(QStringLiteral("丙"), QStringLiteral("数字有误")));
    CHECK_FALSE(flowWith(3).canWithdraw(QStringLiteral("乙"), QStringLiteral("数字有误")));
    CHECK_FALSE(flowWith(3).canWithdraw(QStringLiteral("丙"), QString()));
    CHECK_FALSE(flowWith(2).canWithdraw(QStringLiteral("乙"), QStringLiteral("数字有误")));
}

TEST_CASE("signoff flow: another bulletin's roles work the same way") {
    const QStringList roles = {QStringLiteral("编辑"), QStringLiteral("审核"),
                               QStringLiteral("签发")};
    SignoffFlow start(roles, {});
    CHECK(start.canSign(QStringLiteral("编辑"), QStringLiteral("甲"), {QStringLiteral("编辑")}));
    CHECK_FALSE(
        start.canSign(QStringLiteral("编校"), QStringLiteral("甲"), {QStringLiteral("编校")}));
    SignoffFlow two({QStringLiteral("撰稿"), QStringLiteral("签发")},
                    {{QStringLiteral("撰稿"), QStringLiteral("甲")}});
    CHECK(two.status() == IssueStatus::AwaitingSignature);
}

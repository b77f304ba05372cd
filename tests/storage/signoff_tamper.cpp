// Tamper evidence: rows changed behind the program's back are found and named.
#include "signoff_support.h"

#include "storage/signoff/signoffverifier.h"
#include "storage/sqlutil.h"

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

namespace {

void rawSql(Database &db, const QString &sql) {
    REQUIRE(execSql(db.connection(), sql));
}

// What someone with the sqlite3 shell can do first: remove the read-only triggers.
void dropTriggers(Database &db) {
    Result<QSqlQuery> q = runSql(
        db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    REQUIRE(q);
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
    }
    REQUIRE(names.size() > 20);
    for (const QString &name : names) {
        rawSql(db, QStringLiteral("DROP TRIGGER %1").arg(name));
    }
}

} // namespace

TEST_CASE("signoff tamper: an intact signed issue verifies", "[engines]") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    VerifyReport report = test::must(SignoffVerifier(*a.db).verify(674));
    CHECK(report.intact());
    CHECK(report.standingSignatures == 3);
    CHECK(test::must(SignoffVerifier(*a.db).findTampered()).isEmpty());
}

TEST_CASE("signoff tamper: triggers refuse direct changes to an issued issue's rows", "[engines]") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    for (const QString &sql :
         {QStringLiteral("UPDATE paragraphs SET plain_text = '改'"),
          QStringLiteral("DELETE FROM items"), QStringLiteral("UPDATE sections SET name = '改'"),
          QStringLiteral("UPDATE issues SET office = '改'"),
          QStringLiteral("DELETE FROM issues")}) {
        const Status refused = execSql(a.db->connection(), sql);
        INFO(sql.toStdString());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    }
    CHECK(test::must(SignoffVerifier(*a.db).verify(674)).intact());
    // Withdrawn, the issue's rows are writable again.
    REQUIRE(SignoffService(*a.db).withdraw(a.ref, QStringLiteral("赵签"), "pw-zhao-3",
                                           QStringLiteral("改数字")));
    CHECK(execSql(a.db->connection(), QStringLiteral("UPDATE sections SET name = name")));
}

TEST_CASE("signoff tamper: a direct UPDATE of a paragraph is named with both texts") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    dropTriggers(*a.db); // detection must not depend on them
    rawSql(*a.db,
           QStringLiteral("UPDATE paragraphs SET plain_text = '县里九日召开创城推进会。', "
                          "bold_ranges = '' WHERE position = 0 AND article_id = (SELECT a.id "
                          "FROM articles a JOIN sections s ON a.section_id = s.id WHERE "
                          "s.position = 0 AND a.position = 0)"));
    VerifyReport report = test::must(SignoffVerifier(*a.db).verify(674));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first() ==
          QStringLiteral("section 1 (指挥调度), article 1, paragraph 1: signed "
                         "“县里八日召开创城推进会，各乡镇负责同志参加会议。”, now "
                         "“县里九日召开创城推进会。”"));
    const QList<VerifyReport> tampered = test::must(SignoffVerifier(*a.db).findTampered());
    REQUIRE(tampered.size() == 1);
    CHECK(tampered.first().number == 674);
}

TEST_CASE("signoff tamper: bold ranges, status, footer names and signature rows are checked too") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    dropTriggers(*a.db);
    rawSql(*a.db, QStringLiteral("UPDATE paragraphs SET bold_ranges = ''"));
    rawSql(*a.db, QStringLiteral("UPDATE footer_staff SET name = '冒名' WHERE role = '审核'"));
    rawSql(*a.db, QStringLiteral("UPDATE signatures SET content_snapshot = content_snapshot || 'x' "
                                 "WHERE role = '编校'"));
    const QStringList problems = test::must(SignoffVerifier(*a.db).verify(674)).problems;
    CHECK(problems.filter(QStringLiteral("section 1 (指挥调度), article 1, paragraph 2")).size() ==
          1);
    CHECK(problems.contains(QStringLiteral("the footer names “冒名” as 审核, but 王审 signed")));
    CHECK(problems.contains(QStringLiteral("李编's signature as 编校 was altered: its content "
                                           "snapshot no longer matches its hash")));

    rawSql(*a.db, QStringLiteral("DELETE FROM signatures WHERE role = '核签'"));
    const QStringList later = test::must(SignoffVerifier(*a.db).verify(674)).problems;
    // The signed acts still say 赵签 signed, so the missing row is what is named.
    CHECK(later.contains(QStringLiteral(
        "赵签 signed as 核签, but that signature is missing from the archive's signature rows")));
}

TEST_CASE("signoff tamper: a drifted issue cannot collect further signatures") {
    SignoffArchive a;
    SignoffService service(*a.db);
    REQUIRE(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    rawSql(*a.db, QStringLiteral("UPDATE items SET plain_text = '改了' WHERE position = 0"));
    Result<Issue> refused =
        service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-2");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("differs from what 李编 signed")));
    CHECK(a.load().status == IssueStatus::AwaitingReview);
}

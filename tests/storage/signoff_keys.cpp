// Keyed sign-off against a dishonest insider with the sqlite3 shell: swapped names, a text
// rewritten with recomputed hashes, deleted acts and log rows, forged people. Each must fail
// verify and name what broke.
#include "signoff_support.h"

#include "core/signoff/canonicalcontent.h"
#include "core/signoff/signingkeys.h"
#include "storage/signoff/keystore.h"
#include "storage/signoff/signoffverifier.h"
#include "storage/sqlutil.h"

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

namespace {

void sql(Database &db, const QString &statement, const QVariantList &binds = {}) {
    REQUIRE(execSql(db.connection(), statement, binds));
}

// Every trigger gone, as the sqlite3 shell can do first.
void dropAllTriggers(Database &db) {
    Result<QSqlQuery> q = runSql(
        db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    REQUIRE(q);
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
    }
    for (const QString &name : names) {
        sql(db, QStringLiteral("DROP TRIGGER %1").arg(name));
    }
}

VerifyReport verified(SignoffArchive &a) {
    return test::must(SignoffVerifier(*a.db).verify(674));
}

} // namespace

TEST_CASE("signoff keys: a keyed issue is proven, not merely intact", "[engines]") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    const VerifyReport report = verified(a);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.proven());
    CHECK_FALSE(report.legacy);
    CHECK(report.standingSignatures == 3);
    CHECK(test::must(KeyStore(a.db->connection()).acts(a.load().storageId)).size() == 3);
}

TEST_CASE("signoff keys: names swapped in every table by UPDATE fail verify") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    dropAllTriggers(*a.db);
    for (const QString &table : {QStringLiteral("signatures"), QStringLiteral("signoff_log")}) {
        sql(*a.db, QStringLiteral("UPDATE %1 SET person_name = '冒名' WHERE person_name = '王审'")
                       .arg(table));
    }
    sql(*a.db, QStringLiteral("UPDATE footer_staff SET name = '冒名' WHERE name = '王审'"));
    sql(*a.db, QStringLiteral("UPDATE people SET name = '冒名' WHERE name = '王审'"));
    const VerifyReport report = verified(a);
    CHECK_FALSE(report.intact());
    CHECK(report.problems.contains(QStringLiteral(
        "the signature rows say “冒名” signed as 审核, but the signed acts say 王审 signed as "
        "审核: the rows were changed by hand")));
    CHECK(report.problems.contains(
        QStringLiteral("the footer names “冒名” as 审核, but 王审 signed")));
}

TEST_CASE("signoff keys: a text rewritten with recomputed hashes and snapshots fails verify") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    dropAllTriggers(*a.db);
    sql(*a.db,
        QStringLiteral("UPDATE paragraphs SET plain_text = '全国第一。', bold_ranges = '' "
                       "WHERE position = 0 AND article_id = (SELECT min(id) FROM articles)"));
    const CanonicalContent rewritten = CanonicalContent::fromIssue(a.load());
    sql(*a.db, QStringLiteral("UPDATE signatures SET content_sha256 = ?, content_snapshot = ?"),
        {rewritten.sha256(), rewritten.text()});
    sql(*a.db, QStringLiteral("UPDATE signoff_log SET detail = ? WHERE action = 'signed'"),
        {rewritten.sha256()});
    const VerifyReport report = verified(a);
    CHECK_FALSE(report.intact());
    CHECK(report.problems.contains(QStringLiteral(
        "李编's signature row as 编校 names other content than the act 李编 signed: the row was "
        "changed by hand")));
    CHECK(report.problems.filter(QStringLiteral("the signature rows say")).isEmpty());
    CHECK(report.problems.filter(QStringLiteral("not the text that was signed")).size() == 1);
}

TEST_CASE("signoff keys: a deleted or reordered act is the first broken link") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    dropAllTriggers(*a.db);
    SECTION("the first act deleted") {
        sql(*a.db, QStringLiteral("DELETE FROM signoff_acts WHERE seq = 1"));
        const VerifyReport report = verified(a);
        REQUIRE_FALSE(report.intact());
        CHECK(report.problems.first().contains(QStringLiteral("an earlier act was deleted")));
    }
    SECTION("the middle act deleted") {
        sql(*a.db, QStringLiteral("DELETE FROM signoff_acts WHERE seq = 2"));
        const VerifyReport report = verified(a);
        REQUIRE_FALSE(report.intact());
        CHECK(
            report.problems.first().startsWith(QStringLiteral("link 2 (approval (通过) by 赵签")));
        CHECK(report.problems.first().contains(QStringLiteral("deleted, inserted or reordered")));
    }
    SECTION("the last act deleted") {
        sql(*a.db, QStringLiteral("DELETE FROM signoff_acts WHERE seq = 3"));
        CHECK(verified(a).problems.contains(QStringLiteral(
            "a signature of “赵签” as 核签 is recorded, but no signed act stands behind it: it "
            "was added or renamed by hand")));
    }
    SECTION("two acts swapped") {
        sql(*a.db, QStringLiteral("UPDATE signoff_acts SET seq = seq + 10"));
        sql(*a.db, QStringLiteral("UPDATE signoff_acts SET seq = CASE seq WHEN 11 THEN 2 WHEN 12 "
                                  "THEN 1 ELSE seq - 10 END"));
        CHECK(verified(a).problems.first().contains(QStringLiteral("link 1")));
    }
    SECTION("a log row deleted") {
        sql(*a.db, QStringLiteral("DELETE FROM signoff_log WHERE person_name = '王审'"));
        const VerifyReport report = verified(a);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().startsWith(
            QStringLiteral("the log is missing the signed by 王审 at ")));
    }
}

TEST_CASE("signoff keys: an act may not be changed in place, and a changed one is caught") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    CHECK_FALSE(execSql(a.db->connection(),
                        QStringLiteral("UPDATE signoff_acts SET statement = statement")));
    dropAllTriggers(*a.db);
    sql(*a.db, QStringLiteral("UPDATE signoff_acts SET statement = CAST(replace(CAST(statement AS "
                              "TEXT), '王审', '冒名') AS BLOB) WHERE seq = 2"));
    const VerifyReport report = verified(a);
    REQUIRE_FALSE(report.intact());
    CHECK(report.problems.first().contains(QStringLiteral("changed after it was signed")));
}

TEST_CASE("signoff keys: a signer added by hand, with a certificate of their own, is refused") {
    SignoffArchive a;
    // Someone with write access adds 冒名 with a key and a self-made certificate, then signs.
    KeyPair forger = test::must(SigningKeys::generate());
    Certificate cert{QStringLiteral("冒名"),
                     {QStringLiteral("编校")},
                     forger.publicKey,
                     QDateTime::currentDateTimeUtc().addSecs(-60),
                     false};
    sql(*a.db,
        QStringLiteral("INSERT INTO people (name, roles, password_hash, created_at, "
                       "public_key, sealed_key) VALUES ('冒名', '编校', '', '2026', ?, ?)"),
        {forger.publicKey, test::must(SigningKeys::seal(forger.secretKey, "forger-pw"))});
    REQUIRE(KeyStore(a.db->connection())
                .addCertificate(test::must(PeopleStore(*a.db).find(QStringLiteral("冒名"))).id,
                                cert, forger.secretKey)); // signed by the forger
    Result<Issue> signedByForger = SignoffService(*a.db).sign(a.ref, QStringLiteral("编校"),
                                                              QStringLiteral("冒名"), "forger-pw");
    REQUIRE(signedByForger);
    const VerifyReport report = verified(a);
    REQUIRE_FALSE(report.intact());
    CHECK(report.problems.first().contains(
        QStringLiteral("signed with a key the administrator never certified")));
}

TEST_CASE("signoff keys: people changes need the administrator", "[engines]") {
    SignoffArchive a;
    PeopleStore people(*a.db);
    CHECK(people.add(QStringLiteral("新人"), {QStringLiteral("编校")}, "another1").error().kind ==
          ErrorKind::Forbidden);
    CHECK(people
              .add(QStringLiteral("新人"), {QStringLiteral("编校")}, "another1",
                   Credentials{QStringLiteral("王审"), "pw-wang-2"})
              .error()
              .message.contains(QStringLiteral("is not the administrator")));
    CHECK(people
              .add(QStringLiteral("新人"), {QStringLiteral("编校")}, "another1",
                   Credentials{QStringLiteral("李编"), "wrong-pw-1"})
              .error()
              .kind == ErrorKind::Forbidden);
    CHECK(test::must(people.list()).size() == 3);
    CHECK(people
              .resetPassword(QStringLiteral("王审"), "new-pass-1",
                             Credentials{QStringLiteral("赵签"), "pw-zhao-3"})
              .error()
              .kind == ErrorKind::Forbidden);
}

TEST_CASE("signoff keys: a changed password re-seals, a reset re-keys, past signatures verify",
          "[engines]") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    PeopleStore people(*a.db);
    const QByteArray keyBefore = test::must(people.find(QStringLiteral("王审"))).publicKey;
    REQUIRE(people.changePassword(QStringLiteral("王审"), "pw-wang-2", "new-wang-1"));
    CHECK(test::must(people.find(QStringLiteral("王审"))).publicKey == keyBefore);
    CHECK_FALSE(people.authenticate(QStringLiteral("王审"), "pw-wang-2"));
    CHECK(people.authenticate(QStringLiteral("王审"), "new-wang-1"));
    REQUIRE(people.resetPassword(QStringLiteral("王审"), "reset-wang-1",
                                 Credentials{QStringLiteral("李编"), "pw-li-11"}));
    CHECK(test::must(people.find(QStringLiteral("王审"))).publicKey != keyBefore);
    CHECK(people.authenticate(QStringLiteral("王审"), "reset-wang-1"));
    CHECK(verified(a).proven());
}

TEST_CASE("signoff keys: look-alike and invisible names are refused", "[engines]") {
    SignoffArchive a;
    PeopleStore people(*a.db);
    const Credentials admin{QStringLiteral("李编"), "pw-li-11"};
    for (const char32_t bad : {U'\u200B', U'\u2060', U'\u202E', U'\n', U'\x1b'}) {
        const QString name =
            QStringLiteral("王") + QString::fromUcs4(&bad, 1) + QStringLiteral("审");
        INFO(uint(bad));
        CHECK(people.add(name, {QStringLiteral("审核")}, "another1", admin).error().kind ==
              ErrorKind::BadInput);
    }
    // U+F9E1 is a compatibility form of 李; NFKC would fold it, but it is refused outright.
    CHECK(people.add(QStringLiteral("\uF9E1编"), {QStringLiteral("审核")}, "another1", admin)
              .error()
              .message.contains(QStringLiteral("U+F9E1")));
    // Full-width letters fold to the same name under NFKC.
    REQUIRE(people.add(QStringLiteral("Li Wei"), {QStringLiteral("审核")}, "another1", admin));
    CHECK(people.add(QStringLiteral("Ｌｉ Ｗｅｉ"), {QStringLiteral("审核")}, "another1", admin)
              .error()
              .kind == ErrorKind::Conflict);
    // Cyrillic і and е look like Latin i and e: confusable per Unicode's data.
    CHECK(
        people.add(QStringLiteral("L\u0456 W\u0435i"), {QStringLiteral("审核")}, "another1", admin)
            .error()
            .message.contains(QStringLiteral("looks the same as Li Wei")));
    CHECK(test::must(people.list()).size() == 4);
}

TEST_CASE("signoff keys: an issue signed before keys is 旧式签名, never proven") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    dropAllTriggers(*a.db);
    sql(*a.db, QStringLiteral("DELETE FROM signoff_acts"));
    const VerifyReport report = verified(a);
    CHECK(report.legacy);
    CHECK(report.intact()); // its rows agree, as the old scheme could check
    CHECK_FALSE(report.proven());
}

TEST_CASE("signoff keys: remarks and reasons refuse control characters", "[engines]") {
    SignoffArchive a;
    SignoffService service(*a.db);
    REQUIRE(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    Result<Issue> r = service.returnIssue(a.ref, QStringLiteral("审核"), QStringLiteral("王审"),
                                          "pw-wang-2", QStringLiteral("ok\x1b[2K\rfaked line"));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("control characters")));
    CHECK(a.load().status == IssueStatus::AwaitingReview);
}

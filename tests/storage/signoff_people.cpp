// People and passwords: no plaintext in the file, clear refusals, and the lock-out.
#include "signoff_support.h"

#include "storage/sqlutil.h"

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

TEST_CASE("signoff people: the archive file holds no password in the clear") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    REQUIRE(execSql(a.db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QByteArray bytes = test::readFile(a.path());
    bytes += test::readFile(a.path() + QStringLiteral("-wal"));
    REQUIRE(bytes.size() > 0);
    CHECK(bytes.contains("$argon2id$"));
    for (const QByteArray &pw :
         {QByteArray("pw-li-11"), QByteArray("pw-wang-2"), QByteArray("pw-zhao-3")}) {
        CHECK_FALSE(bytes.contains(pw));
        CHECK_FALSE(bytes.contains(pw.toBase64()));
        CHECK_FALSE(bytes.contains(pw.toHex()));
    }
}

TEST_CASE("signoff people: bad people are refused with a reason", "[engines]") {
    SignoffArchive a;
    PeopleStore people(*a.db);
    const Credentials admin{QStringLiteral("李编"), "pw-li-11"};
    CHECK(people.add(QStringLiteral("李编"), {QStringLiteral("审核")}, "another1", admin)
              .error()
              .kind == ErrorKind::Conflict);
    CHECK(people.add(QStringLiteral("新人"), {QStringLiteral("编教")}, "another1", admin)
              .error()
              .message.contains(QStringLiteral("“编教” is not a sign-off role")));
    CHECK_FALSE(people.add(QStringLiteral("新人"), {}, "another1", admin));
    CHECK(people.add(QStringLiteral("新人"), {QStringLiteral("审核")}, "short-7", admin)
              .error()
              .message.contains(QStringLiteral("at least 8 characters")));
    CHECK(people.add(QStringLiteral("新人"), {QStringLiteral("审核")}, "        ", admin)
              .error()
              .message.contains(QStringLiteral("spaces only")));
    CHECK_FALSE(people.add(QStringLiteral("  "), {QStringLiteral("审核")}, "another1", admin));
    CHECK(test::must(people.list()).size() == 3);
}

TEST_CASE("signoff people: five wrong passwords lock a person for a minute, across connections",
          "[engines]") {
    SignoffArchive a;
    QDateTime now = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    PeopleStore people(*a.db, [&] { return now; });
    CHECK_FALSE(people.authenticate(QStringLiteral("王审"), "nope"));
    CHECK(people.authenticate(QStringLiteral("王审"), "pw-wang-2")); // a right one resets the count
    for (int i = 1; i <= 4; ++i) {
        Result<Person> wrong = people.authenticate(QStringLiteral("王审"), "nope");
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().message.contains(QStringLiteral("wrong password")));
    }
    Result<Person> fifth = people.authenticate(QStringLiteral("王审"), "nope");
    REQUIRE_FALSE(fifth);
    CHECK(fifth.error().message.contains(QStringLiteral("locked for a minute")));

    // Another process (another connection) sees the lock, even with the right password.
    auto second = Database::open(a.path());
    REQUIRE(second);
    PeopleStore elsewhere(**second, [&] { return now.addSecs(59); });
    Result<Person> locked = elsewhere.authenticate(QStringLiteral("王审"), "pw-wang-2");
    REQUIRE_FALSE(locked);
    CHECK(locked.error().message.contains(QStringLiteral("is locked")));
    CHECK(people.authenticate(QStringLiteral("李编"), "pw-li-11")); // others are not

    PeopleStore later(**second, [&] { return now.addSecs(61); });
    CHECK(later.authenticate(QStringLiteral("王审"), "pw-wang-2"));
}

TEST_CASE("signoff people: a locked person cannot sign", "[engines]") {
    SignoffArchive a;
    PeopleStore people(*a.db);
    for (int i = 0; i < PeopleStore::kMaxFailedAttempts; ++i) {
        CHECK_FALSE(people.authenticate(QStringLiteral("李编"), "nope"));
    }
    Result<Issue> refused = SignoffService(*a.db).sign(a.ref, QStringLiteral("编校"),
                                                       QStringLiteral("李编"), "pw-li-11");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("is locked")));
    CHECK(a.load().status == IssueStatus::Draft);
}

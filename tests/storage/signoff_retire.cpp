// Retiring a person: signed by the administrator, the person leaves the queues and can no
// longer sign, their past signatures still prove, and the audit finds a retirement undone or
// forged in the file.
#include "signoff_support.h"

#include "storage/signoff/keystore.h"
#include "storage/signoff/peopleretirement.h"
#include "storage/signoff/signoffqueue.h"
#include "storage/signoff/signoffverifier.h"
#include "storage/sqlutil.h"

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

const Credentials kAdmin{QStringLiteral("李编"), "pw-li-11"};

} // namespace

TEST_CASE("signoff retire: a retired person's past signatures still prove", "[engines]") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(1); // after the acts
    const Person retired =
        must(PeopleRetirement(*a.db, [at] { return at; }).retire(QStringLiteral("王审"), kAdmin));
    CHECK(retired.retired());
    CHECK(retired.retiredAt == at);
    CHECK(must(PeopleStore(*a.db).find(QStringLiteral("王审"))).retiredAt == at);
    CHECK_FALSE(must(PeopleStore(*a.db).find(QStringLiteral("赵签"))).retired());

    const VerifyReport report = must(SignoffVerifier(*a.db).verify(674));
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.proven());
    CHECK(report.standingSignatures == 3);
    CHECK(must(PeopleRetirement(*a.db).audit()).isEmpty());
    CHECK(must(KeyStore(a.db->connection()).retirements()).size() == 1);
}

TEST_CASE("signoff retire: a retired person leaves the queue and cannot sign or unlock",
          "[engines]") {
    SignoffArchive a;
    SignoffService service(*a.db);
    REQUIRE(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    REQUIRE(must(SignoffQueue(*a.db).waitingFor(QStringLiteral("王审"))).size() == 1);
    REQUIRE(PeopleRetirement(*a.db).retire(QStringLiteral("王审"), kAdmin));

    CHECK(must(SignoffQueue(*a.db).waitingFor(QStringLiteral("王审"))).isEmpty());
    const Result<Issue> refused =
        service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-2");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    CHECK(refused.error().message.startsWith(QStringLiteral("王审 was retired (已停用) on ")));
    CHECK_FALSE(PeopleStore(*a.db).unlock(QStringLiteral("王审"), "pw-wang-2"));
    // The other 审核 signs instead.
    CHECK(service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("赵签"), "pw-zhao-3"));
}

TEST_CASE("signoff retire: refusals change nothing", "[engines]") {
    SignoffArchive a;
    PeopleRetirement retirement(*a.db);
    const Result<Person> byOther =
        retirement.retire(QStringLiteral("赵签"), {QStringLiteral("王审"), "pw-wang-2"});
    REQUIRE_FALSE(byOther);
    CHECK(byOther.error().kind == ErrorKind::Forbidden);
    const Result<Person> admin = retirement.retire(QStringLiteral("李编"), kAdmin);
    REQUIRE_FALSE(admin);
    CHECK(admin.error().message.startsWith(
        QStringLiteral("李编 is the administrator and cannot be retired")));
    const Result<Person> unknown = retirement.retire(QStringLiteral("无名"), kAdmin);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().kind == ErrorKind::NotFound);
    for (const Person &p : must(PeopleStore(*a.db).list())) {
        CHECK_FALSE(p.retired());
    }
    CHECK(must(KeyStore(a.db->connection()).retirements()).isEmpty());

    REQUIRE(retirement.retire(QStringLiteral("赵签"), kAdmin));
    const Result<Person> twice = retirement.retire(QStringLiteral("赵签"), kAdmin);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == ErrorKind::Conflict);
    CHECK(twice.error().message.startsWith(QStringLiteral("赵签 was already retired on ")));
    CHECK(must(KeyStore(a.db->connection()).retirements()).size() == 1);
}

TEST_CASE("signoff retire: the audit finds a retirement undone or forged in the file",
          "[engines]") {
    SignoffArchive a;
    REQUIRE(PeopleRetirement(*a.db).retire(QStringLiteral("王审"), kAdmin));
    const QSqlDatabase db = a.db->connection();
    CHECK_FALSE(execSql(db, QStringLiteral("DELETE FROM signoff_retirements")));
    CHECK_FALSE(execSql(db, QStringLiteral("UPDATE signoff_retirements SET person_id = 1")));
    REQUIRE(execSql(db, QStringLiteral("UPDATE people SET retired_at = NULL")));
    const QStringList undone = must(PeopleRetirement(*a.db).audit());
    REQUIRE(undone.size() == 1);
    CHECK(undone.first().contains(QStringLiteral("the retirement was undone by hand")));

    REQUIRE(execSql(db, QStringLiteral("UPDATE people SET retired_at = "
                                       "'2020-01-01T00:00:00.000Z' WHERE name = '赵签'")));
    const QStringList forged = must(PeopleRetirement(*a.db).audit());
    CHECK(forged.size() == 2);
    CHECK(forged.join(QLatin1Char('\n'))
              .contains(QStringLiteral("the people list shows 赵签 as retired, but no "
                                       "retirement signed by the administrator stands behind")));
}

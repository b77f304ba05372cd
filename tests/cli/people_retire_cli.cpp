// kuaibao-cli people retire through the real binary: a retired person's past signatures still
// verify (verify, check, verify-pdf with and without the archive), the person can no longer
// sign, only the administrator retires, and a retirement forged, edited, deleted or undone in
// the file with sqlite3 is caught.
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using kuaibao::test::CliRun;

namespace {

// An archive with issue 674 signed by 李编 (编校, the administrator), 王审 (审核) and 赵签 (核签),
// and issue 675 a draft.
// The archive is on the run's engine (support/testarchive.h); shell() is for SQLite-only cases.
struct RetireArchive {
    QTemporaryDir dir;
    test::TestArchive archive;
    QString db = archive.location();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    RetireArchive() {
        REQUIRE(dir.isValid());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        for (const int number : {674, 675}) {
            Issue issue = test::fullFixtureIssue(number);
            issue.templateId = QStringLiteral("mentougou"); // a template render can set
            REQUIRE(IssueRepository(*archive.db).save(issue));
        }
        archive.db.reset();
        for (const char *name : {"li", "wang", "zhao"}) {
            test::writeFile(pw(name), QByteArray(name) + "-secret-1\n");
        }
        REQUIRE(run({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("李编"),
                     QStringLiteral("--roles"), QStringLiteral("编校"),
                     QStringLiteral("--password-file"), pw("li")})
                    .exitCode == 0);
        for (const auto &[name, role, file] :
             {std::tuple{"王审", "审核", "wang"}, std::tuple{"赵签", "核签", "zhao"}}) {
            REQUIRE(run({QStringLiteral("people"), QStringLiteral("add"), QString::fromUtf8(name),
                         QStringLiteral("--roles"), QString::fromUtf8(role),
                         QStringLiteral("--password-file"), pw(file), QStringLiteral("--admin"),
                         QStringLiteral("李编"), QStringLiteral("--admin-password-file"), pw("li")})
                        .exitCode == 0);
        }
        for (const auto &[role, person, file] :
             {std::tuple{"编校", "李编", "li"}, std::tuple{"审核", "王审", "wang"},
              std::tuple{"核签", "赵签", "zhao"}}) {
            REQUIRE(sign(674, QString::fromUtf8(role), QString::fromUtf8(person), file).exitCode ==
                    0);
        }
    }

    QString pw(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    CliRun run(QStringList args) const {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args, {}, env);
    }

    CliRun sign(int number, const QString &role, const QString &person, const char *file) const {
        return run({QStringLiteral("sign"), QString::number(number), QStringLiteral("--role"), role,
                    QStringLiteral("--person"), person, QStringLiteral("--password-file"),
                    pw(file)});
    }

    // people retire NAME with the administrator's password (or `admin`'s).
    CliRun retire(const QString &name, const QString &admin = QStringLiteral("李编"),
                  const char *adminFile = "li") const {
        return run({QStringLiteral("people"), QStringLiteral("retire"), name,
                    QStringLiteral("--admin"), admin, QStringLiteral("--admin-password-file"),
                    pw(adminFile)});
    }

    CliRun list() const { return run({QStringLiteral("people"), QStringLiteral("list")}); }
    CliRun check() const { return run({QStringLiteral("check")}); }
    CliRun verify(int number) const {
        return run({QStringLiteral("verify"), QString::number(number)});
    }

    // Runs SQL through the sqlite3 shell, as an insider would.
    void shell(const QString &sql) const {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        REQUIRE_FALSE(sqlite3.isEmpty());
        QProcess process;
        process.start(sqlite3, {db, sql});
        REQUIRE(process.waitForFinished(30000));
        INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
        REQUIRE(process.exitCode() == 0);
    }
};

} // namespace

TEST_CASE("people retire cli: a retired person's past signatures still verify", "[engines]") {
    RetireArchive a;
    const QString pdf = a.dir.filePath(QStringLiteral("674.pdf"));
    const CliRun rendered =
        a.run({QStringLiteral("render"), QStringLiteral("674"), QStringLiteral("-o"), pdf});
    INFO(rendered.err.toStdString());
    REQUIRE(rendered.exitCode == 0);

    const CliRun retired = a.retire(QStringLiteral("王审"));
    INFO(retired.err.toStdString());
    REQUIRE(retired.exitCode == 0);
    CHECK(retired.out.startsWith(QStringLiteral("retired 王审 (已停用) on ")));
    CHECK(retired.out.contains(QStringLiteral("王审's past signatures still verify")));

    const CliRun list = a.list();
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(
        QRegularExpression(QStringLiteral("\n王审\t审核\tretired \\(已停用\\) on "
                                          "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\n"))));
    CHECK_FALSE(list.out.contains(QStringLiteral("赵签\t核签\tretired")));

    const CliRun verify = a.verify(674);
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("issue 674 is proven: 3 standing signature(s)")));
    const CliRun check = a.check();
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("retirements: ok\n")));

    const CliRun withArchive = a.run({QStringLiteral("verify-pdf"), pdf});
    INFO(withArchive.out.toStdString() + withArchive.err.toStdString());
    CHECK(withArchive.exitCode == 0);
    const QRegularExpressionMatch key =
        QRegularExpression(QStringLiteral("key fingerprint ([0-9a-f]{4}( [0-9a-f]{4}){7})"))
            .match(list.out);
    REQUIRE(key.hasMatch());
    const CliRun offline = test::runCli(
        {QStringLiteral("verify-pdf"), pdf, QStringLiteral("--key"), key.captured(1)}, {}, a.env);
    CHECK(offline.exitCode == 0);
}

TEST_CASE("people retire cli: a retired person cannot sign, is refused a new key, and the "
          "administrator's own signing goes on",
          "[engines]") {
    RetireArchive a;
    REQUIRE(a.retire(QStringLiteral("王审")).exitCode == 0);
    REQUIRE(a.sign(675, QStringLiteral("编校"), QStringLiteral("李编"), "li").exitCode == 0);
    const CliRun refused = a.sign(675, QStringLiteral("审核"), QStringLiteral("王审"), "wang");
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("王审 was retired (已停用) on ")));
    CHECK(refused.err.contains(QStringLiteral("can no longer sign")));
    CHECK(a.run({QStringLiteral("log"), QStringLiteral("675")}).out.count(QLatin1Char('\n')) == 2);

    const CliRun reset =
        a.run({QStringLiteral("people"), QStringLiteral("reset"), QStringLiteral("王审"),
               QStringLiteral("--password-file"), a.pw("zhao"), QStringLiteral("--admin"),
               QStringLiteral("李编"), QStringLiteral("--admin-password-file"), a.pw("li")});
    CHECK(reset.exitCode == 2);
    CHECK(reset.err.contains(QStringLiteral("王审 was retired (已停用) on ")));
    // The retired person's old password opens nothing any more.
    const CliRun passwd =
        a.run({QStringLiteral("people"), QStringLiteral("passwd"), QStringLiteral("王审"),
               QStringLiteral("--password-file"), a.pw("wang"),
               QStringLiteral("--new-password-file"), a.pw("zhao")});
    CHECK(passwd.exitCode == 2);
    CHECK(a.check().exitCode == 0);
}

TEST_CASE("people retire cli: only the administrator retires, and not the administrator, an "
          "unknown name or someone twice",
          "[engines]") {
    RetireArchive a;
    const CliRun noAdmin =
        a.run({QStringLiteral("people"), QStringLiteral("retire"), QStringLiteral("王审")});
    CHECK(noAdmin.exitCode == 2);
    CHECK(noAdmin.err == QStringLiteral("kuaibao-cli: only the administrator can retire a "
                                        "person: give --admin NAME --admin-password-file F\n"));
    const CliRun notAdmin = a.retire(QStringLiteral("赵签"), QStringLiteral("王审"), "wang");
    CHECK(notAdmin.exitCode == 2);
    CHECK(notAdmin.err.contains(
        QStringLiteral("王审 is not the administrator of this archive (李编 is)")));
    const CliRun wrongPassword = a.retire(QStringLiteral("赵签"), QStringLiteral("李编"), "wang");
    CHECK(wrongPassword.exitCode == 2);
    CHECK(wrongPassword.err.contains(QStringLiteral("wrong password for 李编")));
    const CliRun unknown = a.retire(QStringLiteral("新人"));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == QStringLiteral("kuaibao-cli: 新人 is not in the people list\n"));
    const CliRun self = a.retire(QStringLiteral("李编"));
    CHECK(self.exitCode == 2);
    CHECK(self.err.contains(QStringLiteral("李编 is the administrator and cannot be retired")));
    const CliRun usage = a.run({QStringLiteral("people"), QStringLiteral("retire")});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("people retire takes one name")));
    // None of that retired anyone.
    CHECK_FALSE(a.list().out.contains(QStringLiteral("retired")));
    CHECK(a.sign(675, QStringLiteral("编校"), QStringLiteral("李编"), "li").exitCode == 0);

    REQUIRE(a.retire(QStringLiteral("赵签")).exitCode == 0);
    const CliRun twice = a.retire(QStringLiteral("赵签"));
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("赵签 was already retired on ")));
}

TEST_CASE("people retire cli: a retirement deleted, re-dated, forged or undone in the file is "
          "caught") {
    RetireArchive a;
    REQUIRE(a.retire(QStringLiteral("王审")).exitCode == 0);
    a.shell(QStringLiteral("DROP TRIGGER signoff_retirements_no_update; DROP TRIGGER "
                           "signoff_retirements_no_delete; CREATE TABLE kept AS SELECT * FROM "
                           "signoff_retirements;"));
    const auto expectCaught = [&](const QString &problem) {
        const CliRun check = a.check();
        INFO(check.out.toStdString() + check.err.toStdString());
        CHECK(check.exitCode == 1);
        CHECK(check.out.contains(
            QRegularExpression(QStringLiteral("\nretirements: [12] problem\\(s\\)\n"))));
        CHECK(check.out.contains(problem));
        const CliRun list = a.list();
        CHECK(list.exitCode == 1);
        CHECK(list.err.contains(QStringLiteral("kuaibao-cli: WARNING: ") + problem));
    };

    SECTION("the signed record deleted") {
        a.shell(QStringLiteral("DELETE FROM signoff_retirements"));
        expectCaught(QStringLiteral("the people list shows 王审 as retired, but no retirement "
                                    "signed by the administrator stands behind it"));
    }
    SECTION("the signed record and the mark both deleted") {
        a.shell(QStringLiteral("DELETE FROM signoff_retirements; UPDATE people SET retired_at = "
                               "NULL"));
        expectCaught(QStringLiteral("王审's signing key was removed from the archive without a "
                                    "retirement signed by the administrator"));
    }
    SECTION("the date edited in the people list") {
        a.shell(QStringLiteral("UPDATE people SET retired_at = '2031-01-01T00:00:00.000Z' WHERE "
                               "retired_at IS NOT NULL"));
        expectCaught(QStringLiteral("the administrator retired 王审 on "));
        CHECK(a.check().out.contains(QStringLiteral("but the people list gives another date")));
    }
    SECTION("the date edited in the signed record") {
        a.shell(QStringLiteral("UPDATE signoff_retirements SET statement = CAST(replace(CAST("
                               "statement AS TEXT), 'at\t20', 'at\t19') AS BLOB)"));
        expectCaught(QStringLiteral("the retirement of 王审 is not signed by the administrator's "
                                    "key: it was changed or forged"));
    }
    SECTION("someone else marked retired by hand") {
        a.shell(QStringLiteral("UPDATE people SET retired_at = '2030-01-01T00:00:00.000Z' WHERE "
                               "name = '赵签'"));
        expectCaught(QStringLiteral("the people list shows 赵签 as retired, but no retirement "
                                    "signed by the administrator stands behind it"));
    }
}

TEST_CASE("people retire cli: a retired person who signs again after the file is edited is "
          "caught by verify") {
    RetireArchive a;
    // An insider keeps 王审's sealed key, retirement happens, then the key and mark are put back.
    a.shell(
        QStringLiteral("CREATE TABLE kept AS SELECT id, sealed_key, password_hash FROM people"));
    REQUIRE(a.retire(QStringLiteral("王审")).exitCode == 0);
    a.shell(QStringLiteral("UPDATE people SET retired_at = NULL, sealed_key = (SELECT sealed_key "
                           "FROM kept WHERE kept.id = people.id), password_hash = (SELECT "
                           "password_hash FROM kept WHERE kept.id = people.id) WHERE name = "
                           "'王审'"));
    REQUIRE(a.sign(675, QStringLiteral("编校"), QStringLiteral("李编"), "li").exitCode == 0);
    REQUIRE(a.sign(675, QStringLiteral("审核"), QStringLiteral("王审"), "wang").exitCode == 0);
    const CliRun verify = a.verify(675);
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(QStringLiteral("王审 was retired (已停用) on ")));
    // The past signatures of 674 still stand.
    CHECK(a.verify(674).exitCode == 0);
    const CliRun check = a.check();
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("the retirement was undone by hand")));
    CHECK(check.out.contains(QStringLiteral("issue 675: link 2 (approval (通过) by 王审")));
}

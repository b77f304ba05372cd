// The attacks on sign-off, through the real binary and the sqlite3 shell: a name swapped by
// UPDATE, people added without the administrator, look-alike names, escapes in remarks, a
// replaced administrator key, and the shipped binary's fixed Argon2id cost.
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/fixtures.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using kuaibao::test::CliRun;

namespace {

// An archive with issue 674 signed by 李编 (the administrator), 王审 and 赵签.
// The archive is on the run's engine (support/testarchive.h); shell() and dropTriggers() are
// for SQLite-only cases.
struct SignedArchive {
    QTemporaryDir dir;
    test::TestArchive archive;
    QString db = archive.location();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    explicit SignedArchive(bool sign = true) {
        REQUIRE(dir.isValid());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        REQUIRE(IssueRepository(*archive.db).save(test::fullFixtureIssue(674)));
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
            REQUIRE(add(QString::fromUtf8(name), QString::fromUtf8(role), pw(file)).exitCode == 0);
        }
        if (!sign) {
            return;
        }
        for (const auto &[role, person, file] :
             {std::tuple{"编校", "李编", "li"}, std::tuple{"审核", "王审", "wang"},
              std::tuple{"核签", "赵签", "zhao"}}) {
            REQUIRE(run({QStringLiteral("sign"), QStringLiteral("674"), QStringLiteral("--role"),
                         QString::fromUtf8(role), QStringLiteral("--person"),
                         QString::fromUtf8(person), QStringLiteral("--password-file"), pw(file)})
                        .exitCode == 0);
        }
    }

    QString pw(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    CliRun run(QStringList args, const QString &cli = QStringLiteral(KUAIBAO_CLI_PATH)) const {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        if (cli == QLatin1String(KUAIBAO_CLI_PATH)) {
            return test::runCli(args, {}, env);
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cli, args);
        REQUIRE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // people add NAME as ROLE with the administrator's password.
    CliRun add(const QString &name, const QString &role, const QString &passwordFile) const {
        return run({QStringLiteral("people"), QStringLiteral("add"), name,
                    QStringLiteral("--roles"), role, QStringLiteral("--password-file"),
                    passwordFile, QStringLiteral("--admin"), QStringLiteral("李编"),
                    QStringLiteral("--admin-password-file"), pw("li")});
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

    void dropTriggers() const {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
                      {db, QStringLiteral("SELECT 'DROP TRIGGER ' || name || ';' FROM "
                                          "sqlite_master WHERE type = 'trigger'")});
        REQUIRE(process.waitForFinished(30000));
        shell(QString::fromUtf8(process.readAllStandardOutput()));
    }
};

} // namespace

TEST_CASE("signoff cli keys: the first person is the administrator and says so", "[engines]") {
    SignedArchive a(false);
    const CliRun list = a.run({QStringLiteral("people"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.startsWith(QStringLiteral("administrator (管理员): 李编, key fingerprint ")));
    // Without the administrator nobody is added; with a wrong one neither.
    const CliRun alone =
        a.run({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("新人"),
               QStringLiteral("--roles"), QStringLiteral("编校"), QStringLiteral("--password-file"),
               a.pw("wang")});
    CHECK(alone.exitCode == 2);
    CHECK(alone.err.contains(QStringLiteral("only the administrator (李编) can add a person")));
    const CliRun notAdmin =
        a.run({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("新人"),
               QStringLiteral("--roles"), QStringLiteral("编校"), QStringLiteral("--password-file"),
               a.pw("wang"), QStringLiteral("--admin"), QStringLiteral("王审"),
               QStringLiteral("--admin-password-file"), a.pw("wang")});
    CHECK(notAdmin.exitCode == 2);
    CHECK(notAdmin.err.contains(QStringLiteral("is not the administrator")));
    CHECK(a.run({QStringLiteral("people"), QStringLiteral("list")}).out.count(QLatin1Char('\n')) ==
          4);
}

TEST_CASE("signoff cli keys: look-alike and invisible names are refused", "[engines]") {
    SignedArchive a(false);
    for (const QString &name : {QStringLiteral("\uF9E1编"), QStringLiteral("李\u200B编"),
                                QStringLiteral("李\u2060编"), QStringLiteral("李\u202E编")}) {
        const CliRun r = a.add(name, QStringLiteral("审核"), a.pw("zhao"));
        INFO(name.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("kuaibao-cli: a name cannot contain")));
    }
}

TEST_CASE("signoff cli keys: names swapped by UPDATE fail verify, check and show in log") {
    SignedArchive a;
    CHECK(a.run({QStringLiteral("verify"), QStringLiteral("674")}).exitCode == 0);
    a.dropTriggers();
    a.shell(QStringLiteral(
        "UPDATE signatures SET person_name = '假人' WHERE role = '编校'; UPDATE footer_staff SET "
        "name = '假人' WHERE role = '编校'; UPDATE signoff_log SET person_name = '假人' WHERE "
        "role = '编校'; UPDATE people SET name = '假人' WHERE name = '李编';"));
    const CliRun verify = a.run({QStringLiteral("verify"), QStringLiteral("674")});
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(QStringLiteral("the signed acts say 李编 signed as 编校")));
    CHECK_FALSE(verify.out.contains(QStringLiteral("proven")));
    const CliRun check = a.run({QStringLiteral("check")});
    CHECK(check.exitCode != 0);
    CHECK(check.out.contains(QStringLiteral("issue 674: the signature rows say “假人”")));
    // The log shows its rows as they stand, and says the signed acts do not bear them out.
    const CliRun log = a.run({QStringLiteral("log"), QStringLiteral("674")});
    CHECK(log.exitCode == 1);
    CHECK(log.out.contains(QStringLiteral("假人")));
    INFO(log.err.toStdString());
    CHECK(log.err.contains(
        QStringLiteral("issue 674: this log is not borne out by the signed acts: ")));
    CHECK(log.err.contains(QStringLiteral("李编")));
}

TEST_CASE("signoff cli keys: stored control characters are escaped in log and verify") {
    SignedArchive a;
    a.dropTriggers();
    a.shell(QStringLiteral("UPDATE signoff_log SET detail = 'x' || char(27) || '[31m' || char(10) "
                           "|| 'FAKE line' WHERE role = '审核'"));
    const CliRun log = a.run({QStringLiteral("log"), QStringLiteral("674")});
    REQUIRE(log.exitCode == 0);
    CHECK_FALSE(log.out.contains(QChar(0x1b)));
    CHECK(log.out.contains(QStringLiteral("x\\e[31m\\nFAKE line")));
    a.shell(QStringLiteral("UPDATE footer_staff SET name = '王' || char(27) || '[2K' WHERE role = "
                           "'审核'"));
    const CliRun verify = a.run({QStringLiteral("verify"), QStringLiteral("674")});
    CHECK(verify.exitCode == 1);
    CHECK_FALSE(verify.out.contains(QChar(0x1b)));
    CHECK(verify.out.contains(QStringLiteral("the footer names “王\\e[2K” as 审核")));
}

TEST_CASE("signoff cli keys: a replaced administrator key is warned about loudly") {
    SignedArchive a;
    REQUIRE(a.run({QStringLiteral("people"), QStringLiteral("list")}).exitCode == 0);
    a.dropTriggers();
    a.shell(QStringLiteral("UPDATE signoff_admin SET public_key = randomblob(32)"));
    const CliRun verify = a.run({QStringLiteral("verify"), QStringLiteral("674")});
    CHECK(verify.exitCode == 1);
    CHECK(verify.err.contains(QStringLiteral("administrator key of this archive has CHANGED")));
    CHECK(a.run({QStringLiteral("people"), QStringLiteral("list")}).exitCode == 1);
}

TEST_CASE("signoff cli keys: resolve and return refuse what they must", "[engines]") {
    SignedArchive a(false);
    REQUIRE(a.run({QStringLiteral("sign"), QStringLiteral("674"), QStringLiteral("--role"),
                   QStringLiteral("编校"), QStringLiteral("--person"), QStringLiteral("李编"),
                   QStringLiteral("--password-file"), a.pw("li")})
                .exitCode == 0);
    const CliRun escaped =
        a.run({QStringLiteral("return"), QStringLiteral("674"), QStringLiteral("--role"),
               QStringLiteral("审核"), QStringLiteral("--person"), QStringLiteral("王审"),
               QStringLiteral("--password-file"), a.pw("wang"), QStringLiteral("--remark"),
               QStringLiteral("ok\x1b[2Kfake")});
    CHECK(escaped.exitCode == 2);
    CHECK(escaped.err.contains(QStringLiteral("control characters")));
}

TEST_CASE("signoff cli keys: the shipped binary ignores the old cheap-hash variable") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("k.db"));
    test::writeFile(dir.filePath(QStringLiteral("pw")), "long-enough-1\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUAIBAO_TEST_CHEAP_PASSWORD_HASH"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KUAIBAO_SHIPPED_CLI_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("people"), QStringLiteral("add"),
                   QStringLiteral("李编"), QStringLiteral("--roles"), QStringLiteral("编校"),
                   QStringLiteral("--password-file"), dir.filePath(QStringLiteral("pw"))});
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    auto opened = Database::open(db);
    REQUIRE(opened);
    QSqlQuery q((*opened)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash, sealed_key FROM people")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("$m=65536,t=2,")));
    CHECK(q.value(1).toString().startsWith(QStringLiteral("ks1$2$67108864$")));
}

// The sign-off commands of the real kuaibao-cli: people, sign, return, withdraw, log, verify.
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

// A command-line argument written as a UTF-8 literal or a QString.
struct Arg {
    Arg(const char *utf8) : text(QString::fromUtf8(utf8)) {}
    Arg(QString s) : text(std::move(s)) {}
    QString text;
};

QStringList toArgs(const QList<Arg> &args) {
    QStringList out;
    for (const Arg &a : args) {
        out << a.text;
    }
    return out;
}

// An archive with issue 674 (our fixture's text) and password files for three people.
// The archive is on the run's engine (support/testarchive.h).
struct CliArchive {
    QTemporaryDir dir;
    test::TestArchive archive;
    QString db = archive.location();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    CliArchive() {
        REQUIRE(dir.isValid());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        REQUIRE(IssueRepository(*archive.db).save(test::fullFixtureIssue(674)));
        archive.db.reset();
        for (const auto &[file, pw] :
             {std::pair{"li", "li-secret-1\n"}, std::pair{"wang", "wang-secret-2\r\n"},
              std::pair{"zhao", "zhao-secret-3"}, std::pair{"bad", "not-it\n"}}) {
            test::writeFile(dir.filePath(QString::fromLatin1(file)), QByteArray(pw));
        }
    }

    QString pw(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    CliRun run(const QList<Arg> &list, const QByteArray &input = {}) const {
        QStringList args = toArgs(list);
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args, input, env);
    }

    void addPeople() const {
        REQUIRE(run({"people", "add", "李编", "--roles", "编校", "--password-file", pw("li")})
                    .exitCode == 0);
        REQUIRE(run({"people", "add", "王审", "--roles", "审核", "--password-file", pw("wang"),
                     "--admin", "李编", "--admin-password-file", pw("li")})
                    .exitCode == 0);
        REQUIRE(run({"people", "add", "赵签", "--roles", "审核,核签", "--password-file", "-",
                     "--admin", "李编", "--admin-password-file", pw("li")},
                    "zhao-secret-3\n")
                    .exitCode == 0);
    }

    QString status() const {
        const CliRun list = run({"list"});
        REQUIRE(list.exitCode == 0);
        return list.out.section(QLatin1Char('\t'), 2, 2);
    }

    void refused(const QList<Arg> &list, const QString &words, const QByteArray &input = {}) const {
        const QString before = status();
        const QStringList args = toArgs(list);
        const CliRun r = run(list, input);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("kuaibao-cli: ")));
        CHECK(r.err.contains(words));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(status() == before);
    }
};

} // namespace

TEST_CASE("signoff cli: issue 674 goes from 草稿 to 已签发, then a direct UPDATE fails verify") {
    CliArchive a;
    a.addPeople();
    const CliRun people = a.run({"people", "list"});
    CHECK(people.out.section(QLatin1Char('\n'), 1) ==
          QStringLiteral("李编\t编校\tadministrator\n王审\t审核\n赵签\t审核,核签\n"));
    CHECK(people.out.contains(
        QRegularExpression(QStringLiteral("^administrator \\(管理员\\): 李编, key fingerprint "
                                          "[0-9a-f]{4}( [0-9a-f]{4}){7}\n"))));
    CHECK(a.status() == QStringLiteral("草稿"));

    REQUIRE(
        a.run({"sign", "674", "--role", "编校", "--person", "李编", "--password-file", a.pw("li")})
            .exitCode == 0);
    CHECK(a.status() == QStringLiteral("待审核"));
    REQUIRE(a.run({"sign", "674", "--role", "审核", "--person", "王审", "--password-file",
                   a.pw("wang")})
                .exitCode == 0);
    CHECK(a.status() == QStringLiteral("待核签"));
    const CliRun last =
        a.run({"sign", "674", "--role", "核签", "--person", "赵签", "--password-file", "-"},
              "zhao-secret-3\n");
    REQUIRE(last.exitCode == 0);
    CHECK(last.out == QStringLiteral("issue 674 signed by 赵签 as 核签\t已签发\n"));
    CHECK(a.status() == QStringLiteral("已签发"));

    const CliRun shown = a.run({"show", "674"});
    CHECK(shown.out.contains(QStringLiteral("李编")));
    CHECK(shown.out.contains(QStringLiteral("王审")));
    CHECK(shown.out.contains(QStringLiteral("赵签")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("钱二"))); // the fixture's typed name is replaced

    const CliRun intact = a.run({"verify", "674"});
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.contains(QStringLiteral("is proven")));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty()); // scripts/install-deps.sh installs it
    auto shell = [&](const QString &sql) {
        QProcess process;
        process.start(sqlite3, {a.db, sql});
        REQUIRE(process.waitForFinished(30000));
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                               process.readAllStandardError())};
    };
    const QString update = QStringLiteral(
        "UPDATE paragraphs SET plain_text = '检查发现3处问题。' WHERE id = (SELECT p.id FROM "
        "paragraphs p JOIN articles a ON p.article_id = a.id JOIN sections s ON a.section_id = "
        "s.id WHERE s.position = 1)");
    // The triggers refuse it first …
    const auto refused = shell(update);
    CHECK(refused.first != 0);
    CHECK(refused.second.contains(QStringLiteral("read-only")));
    CHECK(a.run({"verify", "674"}).exitCode == 0);
    // … but detection does not rely on them: drop them all and change the paragraph.
    const auto triggers =
        shell(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    QString drops;
    for (const QString &name : triggers.second.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        drops += QStringLiteral("DROP TRIGGER %1; ").arg(name);
    }
    REQUIRE(shell(drops + update).first == 0);

    const CliRun tampered = a.run({"verify", "674"});
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out ==
          QStringLiteral("section 2 (检查督导), article 1, paragraph 1: signed "
                         "“查看了老街沿线的**门前三包**落实情况，要求限期整改。”, now "
                         "“检查发现3处问题。”\n"));
    CHECK(tampered.err.contains(QStringLiteral("is not what was signed")));
}

TEST_CASE("signoff cli: every refused step is a one-line error and changes nothing", "[engines]") {
    CliArchive a;
    a.addPeople();
    a.refused(
        {"sign", "674", "--role", "审核", "--person", "王审", "--password-file", a.pw("wang")},
        QStringLiteral("out of order"));
    a.refused(
        {"sign", "674", "--role", "编校", "--person", "王审", "--password-file", a.pw("wang")},
        QStringLiteral("does not have the role 编校"));
    a.refused({"sign", "674", "--role", "编校", "--person", "李编", "--password-file", a.pw("bad")},
              QStringLiteral("wrong password"));
    a.refused({"sign", "674", "--role", "编校", "--person", "李编", "--password", "li-secret-1"},
              QStringLiteral("never taken on the command line"));
    a.refused({"sign", "674", "--role", "编校", "--person", "李编"},
              QStringLiteral("--password-file"));
    REQUIRE(
        a.run({"sign", "674", "--role", "编校", "--person", "李编", "--password-file", a.pw("li")})
            .exitCode == 0);
    REQUIRE(a.run({"sign", "674", "--role", "审核", "--person", "赵签", "--password-file",
                   a.pw("zhao")})
                .exitCode == 0);
    a.refused(
        {"sign", "674", "--role", "核签", "--person", "赵签", "--password-file", a.pw("zhao")},
        QStringLiteral("one person signs only one stage"));
    a.refused({"return", "674", "--role", "核签", "--person", "赵签", "--password-file",
               a.pw("zhao"), "--remark", " "},
              QStringLiteral("needs a remark"));
    a.refused({"people", "add", "新人", "--roles", "编校", "--password", "abcdefg"},
              QStringLiteral("never taken on the command line"));
    CHECK(a.run({"people", "list"}).out.count(QLatin1Char('\n')) == 4);

    // The passwords went in through files and stdin; none of them is in the archive's bytes.
    if (a.archive.isServer()) {
        return; // the server's files are not ours to read
    }
    const QByteArray bytes = test::readFile(a.db) + test::readFile(a.db + QStringLiteral("-wal"));
    REQUIRE(bytes.contains("$argon2id$"));
    for (const char *pw : {"li-secret-1", "wang-secret-2", "zhao-secret-3"}) {
        CHECK_FALSE(bytes.contains(pw));
    }
}

TEST_CASE("signoff cli: return, log, withdraw, and a signed issue cannot be deleted", "[engines]") {
    CliArchive a;
    a.addPeople();
    REQUIRE(
        a.run({"sign", "674", "--role", "编校", "--person", "李编", "--password-file", a.pw("li")})
            .exitCode == 0);
    const CliRun back = a.run({"return", "674", "--role", "审核", "--person", "王审",
                               "--password-file", a.pw("wang"), "--remark", "标题太长"});
    REQUIRE(back.exitCode == 0);
    CHECK(a.status() == QStringLiteral("草稿"));
    const CliRun log = a.run({"log", "674"});
    REQUIRE(log.exitCode == 0);
    CHECK(log.out.contains(QStringLiteral("\tsigned\t李编\t编校\t")));
    CHECK(
        log.out.contains(QStringLiteral("\tsignature voided\t李编\t编校\tvoided by the return\n")));
    CHECK(log.out.contains(QStringLiteral("\treturned\t王审\t审核\tremark: 标题太长\n")));
    CHECK(log.out.contains(QStringLiteral("open remark 1 from 王审 (审核): 标题太长")));
    a.refused({"resolve", "674", "--remark", "1", "--by", "无此人", "--password-file", a.pw("li")},
              QStringLiteral("is not in the people list"));
    a.refused({"resolve", "674", "--remark", "1", "--by", "李编"},
              QStringLiteral("the password is needed"));
    REQUIRE(
        a.run({"resolve", "674", "--remark", "1", "--by", "李编", "--password-file", a.pw("li")})
            .exitCode == 0);
    CHECK_FALSE(a.run({"log", "674"}).out.contains(QStringLiteral("open remark")));

    for (const auto &[role, person, file] :
         {std::tuple{"编校", "李编", "li"}, std::tuple{"审核", "王审", "wang"},
          std::tuple{"核签", "赵签", "zhao"}}) {
        REQUIRE(a.run({"sign", "674", "--role", role, "--person", person, "--password-file",
                       a.pw(file)})
                    .exitCode == 0);
    }
    a.refused({"delete", "674"}, QStringLiteral("cannot be deleted"));
    a.refused({"withdraw", "674", "--person", "王审", "--password-file", a.pw("wang"), "--reason",
               "错了"},
              QStringLiteral("only 赵签"));
    a.refused(
        {"withdraw", "674", "--person", "赵签", "--password-file", a.pw("zhao"), "--reason", ""},
        QStringLiteral("needs a reason"));
    const CliRun withdrawn = a.run({"withdraw", "674", "--person", "赵签", "--password-file",
                                    a.pw("zhao"), "--reason", "数字有误"});
    REQUIRE(withdrawn.exitCode == 0);
    CHECK(a.status() == QStringLiteral("待核签"));
    CHECK(a.run({"log", "674"})
              .out.contains(
                  QStringLiteral("\twithdrew the sign-off\t赵签\t核签\treason: 数字有误\n")));
    CHECK(a.run({"verify", "674"}).exitCode == 0);
}

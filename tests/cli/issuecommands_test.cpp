#include <catch2/catch.hpp>

#include "io/issuejson.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/testarchive.h"
#include "support/testsupport.h"

#include <QDate>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kuaibao;
using kuaibao::test::runCli;

namespace {
QStringList withDb(const QTemporaryDir &dir, QStringList args) {
    return QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db"))} + args;
}
// The same for an archive on the run's engine (support/testarchive.h).
QStringList withDb(const test::TestArchive &archive, QStringList args) {
    return archive.dbArgs() + args;
}
} // namespace

TEST_CASE("new, list, show --json and next issue, as the contract says", "[cli][engines]") {
    test::TestArchive archive;
    archive.db.reset();
    test::CliRun created = runCli(
        withDb(archive, {QStringLiteral("new"), QStringLiteral("--number"), QStringLiteral("673"),
                         QStringLiteral("--date"), QStringLiteral("2022-04-13")}));
    REQUIRE(created.exitCode == 0);
    CHECK(created.out == QStringLiteral("673\n"));
    CHECK(created.err.isEmpty());

    test::CliRun list = runCli(withDb(archive, {QStringLiteral("list")}));
    REQUIRE(list.exitCode == 0);
    CHECK(list.out == QStringLiteral("673\t2022-04-13\t草稿\t门头沟区创建全国文明城市工作快报\n"));

    test::CliRun shown = runCli(
        withDb(archive, {QStringLiteral("show"), QStringLiteral("673"), QStringLiteral("--json")}));
    REQUIRE(shown.exitCode == 0);
    const QJsonDocument json = QJsonDocument::fromJson(shown.out.toUtf8());
    REQUIRE(json.isObject());
    Result<Issue> fromJson = issueFromJson(json.object());
    REQUIRE(fromJson.ok());
    {
        auto db = archive.openAgain();
        REQUIRE(db.ok());
        Result<Issue> stored = IssueRepository(**db).load(673);
        REQUIRE(stored.ok());
        CHECK(fromJson->sameContent(*stored));
    }

    test::CliRun next = runCli(withDb(archive, {QStringLiteral("new")}));
    REQUIRE(next.exitCode == 0);
    CHECK(next.out == QStringLiteral("674\n"));
    test::CliRun list2 = runCli(withDb(archive, {QStringLiteral("list")}));
    CHECK(
        list2.out.startsWith(QStringLiteral("674\t") + QDate::currentDate().toString(Qt::ISODate)));
    test::CliRun text = runCli(withDb(archive, {QStringLiteral("show"), QStringLiteral("674")}));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("第674期")));
    CHECK(text.out.contains(QStringLiteral("报：首都文明办")));
    CHECK(text.out.contains(QStringLiteral("发：全区各单位主要领导")));
    CHECK(text.out.contains(QStringLiteral("【简 讯】")));
}

TEST_CASE("each bad input gives its message and exit status, changing nothing", "[cli][engines]") {
    test::TestArchive archive;
    archive.db.reset();
    REQUIRE(runCli(withDb(archive,
                          {QStringLiteral("new"), QStringLiteral("--number"), QStringLiteral("673"),
                           QStringLiteral("--date"), QStringLiteral("2022-04-13")}))
                .exitCode == 0);
    struct Case {
        QStringList args;
        int status;
        QString message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("new"), QStringLiteral("--number"), QStringLiteral("673")},
         2,
         QStringLiteral("issue 673 already exists")},
        {{QStringLiteral("new"), QStringLiteral("--number"), QStringLiteral("0")},
         2,
         QStringLiteral("1 or more")},
        {{QStringLiteral("new"), QStringLiteral("--number"), QStringLiteral("-4")},
         2,
         QStringLiteral("1 or more")},
        {{QStringLiteral("new"), QStringLiteral("--date"), QStringLiteral("2022-02-30")},
         2,
         QStringLiteral("not a real date")},
        {{QStringLiteral("show"), QStringLiteral("999")},
         2,
         QStringLiteral("issue 999 is not in the archive")},
        {{QStringLiteral("show"), QStringLiteral("abc")}, 2, QStringLiteral("whole number")},
        {{QStringLiteral("delete"), QStringLiteral("5")}, 2, QStringLiteral("not in the archive")},
        {{QStringLiteral("frobnicate")}, 2, QStringLiteral("unknown command")},
        {{QStringLiteral("list"), QStringLiteral("--bogus")}, 2, QStringLiteral("bogus")},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        test::CliRun run = runCli(withDb(archive, c.args));
        CHECK(run.exitCode == c.status);
        CHECK(run.err.contains(c.message));
        CHECK(run.err.count(QLatin1Char('\n')) == 1); // one line
        CHECK(run.out.isEmpty());
    }
    test::CliRun list = runCli(withDb(archive, {QStringLiteral("list")}));
    CHECK(list.out.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("bad database files and folders are named, with status 1 or 2", "[cli]") {
    QTemporaryDir dir;
    const QString notDb = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(notDb, "hello");
    test::CliRun a = runCli({QStringLiteral("--db"), notDb, QStringLiteral("list")});
    CHECK(a.exitCode == 1);
    CHECK(a.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(test::readFile(notDb) == QByteArray("hello"));

    test::CliRun b = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("nope/x.db")),
                             QStringLiteral("list")});
    CHECK(b.exitCode == 2);
    CHECK(b.err.contains(QStringLiteral("does not exist")));

    test::CliRun c =
        runCli({QStringLiteral("--db"), QStringLiteral("/proc/1/x.db"), QStringLiteral("list")});
    CHECK(c.exitCode == 1);
    CHECK(c.err.contains(QStringLiteral("read-only")));

    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    REQUIRE(runCli({QStringLiteral("--db"), newer, QStringLiteral("list")}).exitCode == 0);
    {
        auto db = Database::open(newer);
        REQUIRE(db.ok());
        QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA user_version = 50"));
    }
    test::CliRun d = runCli({QStringLiteral("--db"), newer, QStringLiteral("list")});
    CHECK(d.exitCode == 1);
    CHECK(d.err.contains(QStringLiteral("newer kuaibao")));
}

TEST_CASE("a database held by another writer reports busy after waiting", "[cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    auto holder = Database::open(path);
    REQUIRE(holder.ok());
    QSqlQuery lock((*holder)->connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUAIBAO_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
    test::CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("new")}, {}, env);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("busy")));
    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    CHECK(runCli({QStringLiteral("--db"), path, QStringLiteral("new")}, {}, env).exitCode == 0);
}

TEST_CASE("the archive comes from the db option or KUAIBAO_DB; help and version", "[cli]") {
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUAIBAO_DB"), dir.filePath(QStringLiteral("env.db")));
    REQUIRE(
        runCli({QStringLiteral("new"), QStringLiteral("--number"), QStringLiteral("3")}, {}, env)
            .exitCode == 0);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("env.db"))));
    CHECK(runCli({QStringLiteral("--db=") + dir.filePath(QStringLiteral("env.db")),
                  QStringLiteral("list")})
              .out.startsWith(QStringLiteral("3\t")));

    test::CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"list", "show N", "new", "delete N"}) {
        CHECK(help.out.contains(QString::fromUtf8(command)));
    }
    test::CliRun version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("kuaibao-cli ")));
    test::CliRun none = runCli({});
    CHECK(none.exitCode == 2);
    test::CliRun commandHelp = runCli({QStringLiteral("new"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("--number")));
}

TEST_CASE("under a Chinese locale the command line speaks Chinese", "[cli]") {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    QTemporaryDir dir;
    test::CliRun run = runCli(withDb(dir, {QStringLiteral("show"), QStringLiteral("9")}), {}, env);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("档案库中没有第9期")));
}

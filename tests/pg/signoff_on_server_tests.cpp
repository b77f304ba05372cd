// Sign-off and copy-archive through the real kuaibao-cli against a real PostgreSQL server: a
// signed one-desk archive copied to the server verifies there; three people sign on the server
// itself; a number already on the server is refused unless --replace.
#include "pgsupport.h"
#include "support/office.h"

#include <QDir>
#include <QTemporaryDir>

using namespace kuaibao::test;

TEST_CASE("three people sign on the server and the issue verifies", "[pg][signoff]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    Office office;
    office.prepare(db.clerkUrl(), sample, true);
    const CliRun verify =
        office.run(db.clerkUrl(), {QStringLiteral("verify"), QStringLiteral("673")});
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    const CliRun list = office.run(db.clerkUrl(), {QStringLiteral("list")});
    CHECK(list.out.contains(QStringLiteral("已签发")));
    // The signed issue is read-only on the server too.
    const CliRun deleted =
        office.run(db.clerkUrl(), {QStringLiteral("delete"), QStringLiteral("673")});
    CHECK(deleted.exitCode == 2);
    // A person retired on the server (as the office's role) signs no more, and the issue they
    // signed still verifies.
    const CliRun retired = office.run(
        db.clerkUrl(), {QStringLiteral("people"), QStringLiteral("retire"), QStringLiteral("王审"),
                        QStringLiteral("--admin"), QStringLiteral("李编"),
                        QStringLiteral("--admin-password-file"), office.pw("li")});
    INFO(retired.err.toStdString());
    CHECK(retired.exitCode == 0);
    CHECK(office.run(db.clerkUrl(), {QStringLiteral("verify"), QStringLiteral("673")}).exitCode ==
          0);
    const CliRun people =
        office.run(db.clerkUrl(), {QStringLiteral("people"), QStringLiteral("list")});
    CHECK(people.exitCode == 0);
    CHECK(people.out.contains(QStringLiteral("王审\t审核\tretired (已停用) on ")));
}

TEST_CASE("a signed SQLite archive copied to the server verifies there", "[pg][copy]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    Office office;
    const QString file = office.dir.filePath(QStringLiteral("desk.db"));
    office.prepare(file, sample, true);
    REQUIRE(office.run(file, {QStringLiteral("verify"), QStringLiteral("673")}).exitCode == 0);

    const CliRun copied = office.run(db.clerkUrl(), {QStringLiteral("copy-archive"), file});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out.contains(QStringLiteral("copied 1 issue(s) (1 signed)")));
    CHECK(copied.out.contains(QStringLiteral("added 3 person(s)")));
    CHECK(copied.out.contains(QStringLiteral("with 3 signature(s), 3 signed act(s)")));

    const CliRun verify =
        office.run(db.clerkUrl(), {QStringLiteral("verify"), QStringLiteral("673")});
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    for (const QStringList &args :
         {QStringList{QStringLiteral("export"), QStringLiteral("673")},
          QStringList{QStringLiteral("log"), QStringLiteral("673")},
          QStringList{QStringLiteral("search"), QStringLiteral("创城")},
          QStringList{QStringLiteral("people"), QStringLiteral("list")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(office.run(db.clerkUrl(), args).out == office.run(file, args).out);
    }

    // Again: the number is there now, so nothing is copied without --replace.
    const CliRun again = office.run(db.clerkUrl(), {QStringLiteral("copy-archive"), file});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already has issue(s) 673")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM signatures")).toInt() == 3);
}

TEST_CASE("copy-archive makes an offline file of the server and --replace overwrites an issue",
          "[pg][copy]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    Office office;
    office.prepare(db.clerkUrl(), sample, false);
    const QString offline = office.dir.filePath(QStringLiteral("offline.db"));
    const CliRun copied = office.run(offline, {QStringLiteral("copy-archive"), db.clerkUrl()});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out.contains(QStringLiteral("copied 1 issue(s) (0 signed)")));
    CHECK(copied.out.contains(QStringLiteral("added 3 person(s)"))); // all, not the first only
    CHECK(office.run(offline, {QStringLiteral("export"), QStringLiteral("673")}).out ==
          office.run(db.clerkUrl(), {QStringLiteral("export"), QStringLiteral("673")}).out);

    // The file's issue, changed, replaces the server's only with --replace.
    REQUIRE(office.run(offline, {QStringLiteral("delete"), QStringLiteral("673")}).exitCode == 0);
    REQUIRE(office.run(offline, {QStringLiteral("import"), sample}).exitCode == 0);
    CHECK(office.run(db.clerkUrl(), {QStringLiteral("copy-archive"), offline}).exitCode == 2);
    const CliRun replaced = office.run(
        db.clerkUrl(), {QStringLiteral("copy-archive"), offline, QStringLiteral("--replace")});
    INFO(replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM issues")).toInt() == 1);
    const CliRun hits =
        office.run(db.clerkUrl(), {QStringLiteral("search"), QStringLiteral("创城")});
    CHECK(hits.out.startsWith(QStringLiteral("673\t")));
    CHECK(hits.out == office.run(offline, {QStringLiteral("search"), QStringLiteral("创城")}).out);
}

TEST_CASE("backup of a server archive is an SQLite file where the signed issue verifies",
          "[pg][backup]") {
    KUAIBAO_PG_DATABASE(db);
    KUAIBAO_SAMPLE(sample);
    initServer(db);
    Office office;
    office.prepare(db.clerkUrl(), sample, true);
    const QString file = office.dir.filePath(QStringLiteral("offline.db"));
    const CliRun backedUp = office.run(db.clerkUrl(), {QStringLiteral("backup"), file});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.out.contains(QStringLiteral("backed up the archive to")));
    const CliRun verify = office.run(file, {QStringLiteral("verify"), QStringLiteral("673")});
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(office.run(file, {QStringLiteral("export"), QStringLiteral("673")}).out ==
          office.run(db.clerkUrl(), {QStringLiteral("export"), QStringLiteral("673")}).out);
    CHECK(office.run(file, {QStringLiteral("check")}).exitCode == 0);

    // An existing file is kept unless --overwrite, and nothing half-written is left beside it.
    const CliRun again = office.run(db.clerkUrl(), {QStringLiteral("backup"), file});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("--overwrite")));
    CHECK(office.run(db.clerkUrl(), {QStringLiteral("backup"), file, QStringLiteral("--overwrite")})
              .exitCode == 0);
    const QStringList beside = QDir(office.dir.path()).entryList({QStringLiteral("offline.db*")});
    INFO(beside.join(QLatin1Char(' ')).toStdString());
    CHECK(beside.filter(QStringLiteral(".part-")).isEmpty());
}

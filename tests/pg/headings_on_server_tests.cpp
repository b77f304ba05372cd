// Heading levels on a PostgreSQL server (schema step 8 on the server's ladder): they survive a
// save and a load, copy-archive in both directions, and the sign-off hash that covers them.
#include "pgsupport.h"
#include "support/office.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/migrations.h"
#include "support/fixtures.h"

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

// The issue `number` as stored at `location` (a file or a server).
Issue loadFrom(const QString &location, int number) {
    Result<std::unique_ptr<Database>> db = Database::open(location);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    Result<Issue> issue = IssueRepository(**db).load(number);
    INFO((issue ? QString() : issue.error().message).toStdString());
    REQUIRE(issue.ok());
    return *issue;
}

void saveTo(const QString &location, const Issue &issue) {
    Result<std::unique_ptr<Database>> db = Database::open(location);
    REQUIRE(db.ok());
    Result<Issue> saved = IssueRepository(**db).save(issue);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
}

} // namespace

TEST_CASE("heading levels survive a save, a load, copy-archive and sign-off on the server",
          "[pg][headings][copy]") {
    KUAIBAO_PG_DATABASE(db);
    initServer(db);
    Office office;
    const QString server = db.clerkUrl();
    const Issue headed = headingsFixtureIssue(12);

    // Saved and loaded on the server itself, a level change too.
    saveTo(server, headed);
    Issue onServer = loadFrom(server, 12);
    CHECK(onServer.sections == headed.sections);
    onServer.sections[1].articles[1].paragraphs[1].level = 2;
    saveTo(server, onServer);
    CHECK(loadFrom(server, 12).sections.at(1).articles.at(1).paragraphs.at(1).level == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM paragraphs WHERE level > 0")).toInt() ==
          5);

    // A signed one-desk issue with headings copied to the server keeps them and verifies.
    const QString desk = office.dir.filePath(QStringLiteral("desk.db"));
    saveTo(desk, headingsFixtureIssue(13));
    office.addPeople(desk);
    office.signAll(desk, 13);
    const CliRun copied = office.run(server, {QStringLiteral("copy-archive"), desk});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(loadFrom(server, 13).sections == headingsFixtureIssue(13).sections);
    const CliRun verify = office.run(server, {QStringLiteral("verify"), QStringLiteral("13")});
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.exitCode == 0);

    // Server to file: the offline copy has the same levels.
    const QString offline = office.dir.filePath(QStringLiteral("offline.db"));
    const CliRun back = office.run(offline, {QStringLiteral("copy-archive"), server});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(loadFrom(offline, 12).sections == loadFrom(server, 12).sections);
    CHECK(loadFrom(offline, 13).sections == loadFrom(server, 13).sections);

    // Changing a level in the database behind the signatures' back is found by verify.
    for (const char *sql : {"ALTER TABLE paragraphs DISABLE TRIGGER signed_paragraphs",
                            "UPDATE paragraphs SET level = 3 WHERE level = 1",
                            "ALTER TABLE paragraphs ENABLE TRIGGER signed_paragraphs"}) {
        REQUIRE(db.execAs(QStringLiteral("owner"), QString::fromUtf8(sql)).isEmpty());
    }
    CHECK(office.run(server, {QStringLiteral("verify"), QStringLiteral("13")}).exitCode != 0);
}

TEST_CASE("server init upgrades a server database of schema 7 to heading levels",
          "[pg][server][migration]") {
    KUAIBAO_PG_DATABASE(db);
    {
        Result<std::unique_ptr<Database>> setup = Database::openServerForSetup(db.ownerUrl());
        REQUIRE(setup.ok());
        REQUIRE(migrateSchema((*setup)->connection(), 7).ok());
    }
    const CliRun old = runCli({QStringLiteral("--db"), db.ownerUrl(), QStringLiteral("list")});
    CHECK(old.exitCode == 2);
    CHECK(old.err.contains(
        QStringLiteral("has schema 7 and this program needs %1").arg(latestSchemaVersion())));
    const CliRun init = runCli(
        {QStringLiteral("--db"), db.ownerUrl(), QStringLiteral("server"), QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("upgraded the server database from schema 7 to %1")
                                .arg(latestSchemaVersion())));
    const QString admitted = db.admitClerk();
    INFO(admitted.toStdString());
    REQUIRE(admitted.isEmpty());
    saveTo(db.clerkUrl(), headingsFixtureIssue(12));
    CHECK(loadFrom(db.clerkUrl(), 12).sections == headingsFixtureIssue(12).sections);
}

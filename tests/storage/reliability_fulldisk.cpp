// A full disk: a save that does not fit fails with a clear message, changes nothing, and
// succeeds from the same in-memory issue once there is room again. The database is limited
// with SQLite's max_page_count, which fails exactly as a full disk does (SQLITE_FULL).
#include "support/fixtures.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/sqlutil.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kuaibao;

namespace {

// An issue far larger than the room left: 300 paragraphs of 1 200 characters.
Issue hugeIssue(Issue issue) {
    Article article;
    article.title = QStringLiteral("篇幅很长的一篇");
    for (int p = 0; p < 300; ++p) {
        article.paragraphs << Paragraph{
            RichText(QStringLiteral("第%1段，内容很多。").arg(p).repeated(100))};
    }
    issue.sections.first().articles << article;
    return issue;
}

// Leaves the archive room for `pages` more pages of 4 KiB.
void limitRoom(Database &db, int pages) {
    auto count = scalarSql(db.connection(), QStringLiteral("PRAGMA page_count"));
    REQUIRE(count.ok());
    REQUIRE(execSql(db.connection(),
                    QStringLiteral("PRAGMA max_page_count = %1").arg(count->toInt() + pages))
                .ok());
}

void freeRoom(Database &db) {
    REQUIRE(execSql(db.connection(), QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
}

} // namespace

TEST_CASE(
    "a new issue that does not fit on the disk fails clearly and leaves the archive as it was") {
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("kuaibao.db")));
    REQUIRE(opened.ok());
    Database &db = **opened;
    IssueRepository repository(db);
    const Issue first = test::fullFixtureIssue(1, QDate(2024, 3, 1));
    REQUIRE(repository.save(first).ok());

    limitRoom(db, 4);
    const Issue unsaved = hugeIssue(test::fullFixtureIssue(2, QDate(2024, 3, 2)));
    const Issue edits = unsaved;
    auto failed = repository.save(unsaved);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::Storage);
    CHECK(failed.error().message.contains(QStringLiteral("disk is full")));
    CHECK(failed.error().message.contains(QStringLiteral("nothing was changed")));

    // Nothing of the failed save is stored; the earlier issue is whole; the edits are intact.
    auto listed = repository.list();
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);
    auto reread = repository.load(1);
    REQUIRE(reread.ok());
    CHECK(reread->sameContent(first));
    CHECK(unsaved.sameContent(edits));
    CHECK(unsaved.storageId == 0);

    freeRoom(db);
    auto saved = repository.save(unsaved);
    REQUIRE(saved.ok());
    auto stored = repository.load(2);
    REQUIRE(stored.ok());
    CHECK(stored->sameContent(edits));
}

TEST_CASE(
    "an edit that does not fit keeps the stored revision and can be saved after freeing space") {
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("kuaibao.db")));
    REQUIRE(opened.ok());
    Database &db = **opened;
    IssueRepository repository(db);
    auto stored = repository.save(test::fullFixtureIssue(1, QDate(2024, 3, 1)));
    REQUIRE(stored.ok());

    limitRoom(db, 2);
    const Issue edited = hugeIssue(*stored);
    auto failed = repository.save(edited);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("disk is full")));
    auto reread = repository.load(1);
    REQUIRE(reread.ok());
    CHECK(reread->sameContent(*stored));
    CHECK(reread->revision == stored->revision);
    CHECK(edited.revision == stored->revision); // the edit can be saved again as it is

    freeRoom(db);
    auto saved = repository.save(edited);
    REQUIRE(saved.ok());
    CHECK(saved->revision == stored->revision + 1);
    auto after = repository.load(1);
    REQUIRE(after.ok());
    CHECK(after->sameContent(edited));
    auto check = scalarSql(db.connection(), QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(check.ok());
    CHECK(check->toString() == QStringLiteral("ok"));
}

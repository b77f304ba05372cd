// Backups: a consistent copy of an open archive, its integrity check, the rolling daily copy.
#include "support/fixtures.h"
#include "support/testsupport.h"

#include "storage/backup/archivebackup.h"
#include "storage/backup/integritycheck.h"
#include "storage/backup/rollingbackup.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kuaibao;

namespace {

std::unique_ptr<Database> openArchive(const QString &path) {
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return std::move(db).value();
}

void saveIssues(Database &db, int count) {
    IssueRepository repository(db);
    for (int n = 1; n <= count; ++n) {
        REQUIRE(repository.save(test::fullFixtureIssue(n, QDate(2024, 3, n))).ok());
    }
}

} // namespace

TEST_CASE("a backup of an open archive opens on its own and holds every issue") {
    QTemporaryDir dir;
    auto db = openArchive(dir.filePath(QStringLiteral("kuaibao.db")));
    saveIssues(*db, 3);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(ArchiveBackup(*db).writeTo(copy).ok());
    // The archive is still open and usable after the copy.
    REQUIRE(IssueRepository(*db).save(test::fullFixtureIssue(4, QDate(2024, 3, 4))).ok());

    auto problems = integrityProblemsOfFile(copy);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    auto restored = openArchive(copy);
    auto issues = IssueRepository(*restored).list();
    REQUIRE(issues.ok());
    CHECK(issues->size() == 3);
    auto issue = IssueRepository(*restored).load(2);
    REQUIRE(issue.ok());
    CHECK(issue->sameContent(test::fullFixtureIssue(2, QDate(2024, 3, 2))));
    // No leftover partial files beside the copy.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.part-*")}, QDir::Files).isEmpty());
}

TEST_CASE("a backup replaces an older copy and refuses to overwrite the archive itself") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    auto db = openArchive(path);
    saveIssues(*db, 1);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    test::writeFile(copy, "an old file that is replaced");
    REQUIRE(ArchiveBackup(*db).writeTo(copy).ok());
    CHECK(test::readFile(copy).startsWith(QByteArray("SQLite format 3")));

    Status self = ArchiveBackup(*db).writeTo(path);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().kind == ErrorKind::BadInput);
    CHECK(self.error().message.contains(QStringLiteral("archive itself")));
    Status wal = ArchiveBackup(*db).writeTo(path + QStringLiteral("-wal"));
    REQUIRE_FALSE(wal.ok());
    Status noFolder = ArchiveBackup(*db).writeTo(dir.filePath(QStringLiteral("missing/copy.db")));
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().message.contains(QStringLiteral("does not exist")));
    CHECK(IssueRepository(*db).load(1).ok());
}

TEST_CASE("the daily backup writes one copy a day and keeps the newest seven") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    auto db = openArchive(path);
    saveIssues(*db, 1);
    RollingBackup daily(*db);
    const QDate first(2026, 11, 1);
    for (int day = 0; day < 9; ++day) {
        auto written = daily.runIfDue(first.addDays(day));
        REQUIRE(written.ok());
        REQUIRE(written->has_value());
        CHECK(**written == RollingBackup::fileFor(path, first.addDays(day)));
    }
    auto again = daily.runIfDue(first.addDays(8));
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());

    const QStringList kept = daily.existing();
    REQUIRE(kept.size() == 7);
    CHECK(QFileInfo(kept.first()).fileName() == QStringLiteral("kuaibao-backup-2026-11-03.db"));
    CHECK(QFileInfo(kept.last()).fileName() == QStringLiteral("kuaibao-backup-2026-11-09.db"));
    auto problems = integrityProblemsOfFile(kept.last());
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    // Files that merely look alike are not touched.
    const QString other = dir.filePath(QStringLiteral("kuaibao-backup-notes.db"));
    test::writeFile(other, "mine");
    REQUIRE(daily.runIfDue(first.addDays(9)).ok());
    CHECK(QFileInfo::exists(other));
    CHECK(daily.existing().size() == 7);
}

TEST_CASE("the integrity checks find nothing wrong in a sound archive") {
    QTemporaryDir dir;
    auto db = openArchive(dir.filePath(QStringLiteral("kuaibao.db")));
    saveIssues(*db, 2);
    auto pages = integrityProblems(db->connection());
    auto links = foreignKeyProblems(db->connection());
    auto issues = unreadableIssues(*db);
    REQUIRE((pages.ok() && links.ok() && issues.ok()));
    CHECK(pages->isEmpty());
    CHECK(links->isEmpty());
    CHECK(issues->isEmpty());
}

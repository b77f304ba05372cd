// Hostile archives through the repository: wrong types, impossible values, missing tables,
// truncated and garbled files each give a clear error (or read back exactly), never a crash.
#include "reliability/craftedarchives.h"

#include "storage/backup/integritycheck.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kuaibao;

namespace {

struct Archive {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kuaibao.db"));
    Archive() { REQUIRE(test::makeSoundArchive(path)); }
};

std::unique_ptr<Database> openOk(const QString &path) {
    auto db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

void requireDamaged(const Status &status, const char *clue) {
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message.toStdString());
    CHECK(status.error().kind == ErrorKind::Corrupt);
    CHECK(status.error().message.contains(QLatin1String(clue)));
}

template <typename T> Status statusOf(const Result<T> &r) {
    return r.ok() ? Status() : Status(r.error());
}

} // namespace

TEST_CASE("hostile archive: text in the number column is reported as a damaged issue") {
    Archive a;
    REQUIRE(test::tamper(a.path,
                         {QStringLiteral("UPDATE issues SET number = 'abc' WHERE number = 2")}));
    auto db = openOk(a.path);
    IssueRepository repository(*db);
    requireDamaged(statusOf(repository.list()), "damaged");
    CHECK(repository.load(3).ok()); // the other issues still open
    auto unreadable = unreadableIssues(*db);
    REQUIRE(unreadable.ok());
    CHECK(unreadable->size() == 1);
}

TEST_CASE("hostile archive: an unknown status or a date that is no date is a clear error") {
    Archive a;
    REQUIRE(test::tamper(
        a.path, {QStringLiteral("UPDATE issues SET status = 'bogus' WHERE number = 2"),
                 QStringLiteral("UPDATE issues SET issue_date = 'yesterday' WHERE number = 4")}));
    auto db = openOk(a.path);
    IssueRepository repository(*db);
    requireDamaged(statusOf(repository.load(2)), "damaged");
    requireDamaged(statusOf(repository.load(4)), "damaged");
    requireDamaged(statusOf(repository.list()), "damaged");
    CHECK(repository.load(1).ok());
}

TEST_CASE(
    "hostile archive: a section of an unknown kind or an item out of place is a clear error") {
    Archive a;
    REQUIRE(test::tamper(
        a.path, {QStringLiteral("UPDATE sections SET kind = 'poem' WHERE issue_id = 1"),
                 QStringLiteral("UPDATE items SET position = position + 7 WHERE category_id IN "
                                "(SELECT c.id FROM categories c JOIN sections s ON s.id = "
                                "c.section_id WHERE s.issue_id = 2)")}));
    auto db = openOk(a.path);
    IssueRepository repository(*db);
    requireDamaged(statusOf(repository.load(1)), "section kind");
    requireDamaged(statusOf(repository.load(2)), "position");
    CHECK(repository.load(3).ok());
}

TEST_CASE("hostile archive: damaged bold marks lose their bold, never the text") {
    Archive a;
    REQUIRE(test::tamper(
        a.path, {QStringLiteral("UPDATE paragraphs SET bold_ranges = 'x+y,-5+3,2+99999,3'")}));
    auto db = openOk(a.path);
    auto issue = IssueRepository(*db).load(1);
    REQUIRE(issue.ok());
    const Issue original = test::fullFixtureIssue(1, QDate(2024, 3, 1));
    CHECK(issue->sections.at(0).articles.at(0).paragraphs.at(1).text.plainText() ==
          original.sections.at(0).articles.at(0).paragraphs.at(1).text.plainText());
}

TEST_CASE("hostile archive: a missing table or column says the structure is damaged") {
    Archive a;
    REQUIRE(test::tamper(a.path, {QStringLiteral("DROP TABLE paragraphs")}));
    {
        auto db = openOk(a.path);
        IssueRepository repository(*db);
        CHECK(repository.list().ok()); // the listing needs only the issues table
        requireDamaged(statusOf(repository.load(1)), "lacks part of the kuaibao structure");
        requireDamaged(statusOf(repository.save(test::fullFixtureIssue(9))), "lacks part");
    }
    REQUIRE(test::tamper(a.path, {QStringLiteral("ALTER TABLE issues DROP COLUMN office")}));
    {
        auto db = openOk(a.path);
        requireDamaged(statusOf(IssueRepository(*db).list()), "no such column");
    }
    REQUIRE(test::tamper(a.path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                  QStringLiteral("DROP TABLE issues")}));
    auto db = openOk(a.path);
    requireDamaged(statusOf(IssueRepository(*db).list()), "no such table: issues");
}

TEST_CASE("hostile archive: a truncated file is refused or reported as damaged") {
    Archive a;
    const QByteArray whole = test::readFile(a.path);
    REQUIRE(whole.size() > 8 * 4096);
    int damagedReports = 0;
    for (const qsizetype size :
         {qsizetype(10), qsizetype(99), qsizetype(4096), whole.size() / 2, whole.size() - 4096}) {
        CAPTURE(size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.db"));
        test::writeFile(path, whole.left(size));
        auto db = Database::open(path);
        if (!db.ok()) {
            CHECK(db.error().kind == ErrorKind::Corrupt);
            ++damagedReports;
            continue;
        }
        auto pages = integrityProblems((*db)->connection());
        auto listed = IssueRepository(**db).list();
        const bool reported = !pages.ok() || !pages->isEmpty() || !listed.ok();
        CHECK(reported);
        damagedReports += reported ? 1 : 0;
    }
    CHECK(damagedReports == 5);
}

TEST_CASE(
    "hostile archive: a garbled page anywhere is reported or the archive reads back exactly") {
    Archive a;
    const QByteArray whole = test::readFile(a.path);
    const int pages = int(whole.size() / test::pageSizeOf(whole));
    REQUIRE(pages > 8);
    int reported = 0;
    for (int page = 1; page <= pages; ++page) {
        CAPTURE(page);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbled.db"));
        QByteArray bytes = test::garblePage(whole, page, quint32(page));
        if (page == 1) {
            bytes.replace(0, 100, whole.left(100)); // keep the file header, garble the schema
        }
        test::writeFile(path, bytes);
        auto db = Database::open(path);
        if (!db.ok()) {
            ++reported;
            CHECK_FALSE(db.error().message.isEmpty());
            continue;
        }
        auto problems = integrityProblems((*db)->connection());
        bool exact = problems.ok() && problems->isEmpty();
        IssueRepository repository(**db);
        for (int n = 1; n <= 5; ++n) {
            auto issue = repository.load(n);
            if (!issue.ok()) {
                CHECK_FALSE(issue.error().message.isEmpty());
            }
            exact = exact && issue.ok() &&
                    issue->sameContent(test::fullFixtureIssue(n, QDate(2024, 3, n)));
        }
        CHECK((exact || !problems.ok() || !problems->isEmpty()));
        reported += exact ? 0 : 1;
    }
    CHECK(reported > pages / 2);
    std::printf("FIGURES hostile-pages: %d pages garbled one at a time, %d reported as damaged, "
                "the rest read back exactly\n",
                pages, reported);
}

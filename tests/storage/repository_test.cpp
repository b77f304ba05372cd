#include <catch2/catch.hpp>

#include "storage/database.h"
#include "storage/issuecreation.h"
#include "storage/issuerepository.h"
#include "storage/saveparticipant.h"
#include "support/fixtures.h"
#include "support/testarchive.h"

#include <QSqlQuery>

using namespace kuaibao;

namespace {

// The archive opened again, as by the program restarted.
std::unique_ptr<Database> reopen(const test::TestArchive &archive) {
    Result<std::unique_ptr<Database>> db = archive.openAgain();
    REQUIRE(db.ok());
    return std::move(db).value();
}

// Refuses every save: shows that a failing step leaves nothing behind.
class RefusingParticipant : public SaveParticipant {
public:
    Status afterSave(const QSqlDatabase &, const Issue &) override {
        return Error::forbidden(QStringLiteral("refused for the test"));
    }
};

} // namespace

TEST_CASE("every field of an issue survives a save and a load", "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    const Issue original = test::fullFixtureIssue();
    Result<Issue> saved = repository.save(original);
    REQUIRE(saved.ok());
    CHECK(saved->storageId > 0);
    CHECK(saved->revision == 1);

    Result<Issue> loaded = repository.load(original.masthead.number);
    REQUIRE(loaded.ok());
    CHECK(loaded->sameContent(original));
    CHECK(loaded->masthead == original.masthead);
    CHECK(loaded->sections == original.sections);
    CHECK(loaded->footer == original.footer);
    CHECK(loaded->storageId == saved->storageId);

    // and again after the program is restarted
    db.reset();
    auto reopened = reopen(archive);
    Result<Issue> again = IssueRepository(*reopened).load(original.masthead.number);
    REQUIRE(again.ok());
    CHECK(again->sameContent(original));
}

TEST_CASE("the archive lists issues newest first", "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    REQUIRE(repository.save(test::fullFixtureIssue(3, QDate(2024, 1, 10))).ok());
    REQUIRE(repository.save(test::fullFixtureIssue(5, QDate(2024, 2, 1))).ok());
    REQUIRE(repository.save(test::fullFixtureIssue(4, QDate(2024, 1, 20))).ok());
    Result<QList<IssueSummary>> list = repository.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).number == 5);
    CHECK(list->at(1).number == 4);
    CHECK(list->at(2).number == 3);
    CHECK(list->at(0).name == QStringLiteral("清河县创建文明城市工作快报"));
    CHECK(list->at(0).status == IssueStatus::Draft);
}

TEST_CASE("a number already in the archive cannot be saved twice", "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    REQUIRE(repository.save(test::fullFixtureIssue(7)).ok());
    Issue other = test::fullFixtureIssue(7);
    other.masthead.office = QStringLiteral("另一个办公室");
    Result<Issue> clash = repository.save(other);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().kind == ErrorKind::Conflict);
    CHECK(clash.error().message.contains(QStringLiteral("issue 7 already exists")));
    CHECK(repository.load(7)->masthead.office != QStringLiteral("另一个办公室"));

    // a supplement of the same number is another series
    Issue supplement = test::fullFixtureIssue(7);
    supplement.masthead.series = Series::Supplement;
    CHECK(repository.save(supplement).ok());
}

TEST_CASE("a save from a stale copy is a conflict, not a silent overwrite",
          "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    Result<Issue> first = repository.save(test::fullFixtureIssue(8));
    REQUIRE(first.ok());
    Issue mine = *first;
    Issue theirs = *first;
    theirs.masthead.office = QStringLiteral("他们的修改");
    REQUIRE(repository.save(theirs).ok());
    mine.masthead.office = QStringLiteral("我的修改");
    Result<Issue> stale = repository.save(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(repository.load(8)->masthead.office == QStringLiteral("他们的修改"));
}

TEST_CASE("editing and saving again replaces the content and bumps the revision",
          "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    Result<Issue> saved = repository.save(test::fullFixtureIssue(9));
    REQUIRE(saved.ok());
    Issue edited = *saved;
    edited.sections[0].articles[0].paragraphs.removeFirst();
    edited.sections[2].categories[0].items[1].units.removeLast();
    Result<Issue> again = repository.save(edited);
    REQUIRE(again.ok());
    CHECK(again->revision == 2);
    Result<Issue> loaded = repository.load(9);
    REQUIRE(loaded.ok());
    CHECK(loaded->sameContent(edited));
}

TEST_CASE("a failed save leaves the archive exactly as it was", "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository plain(*db);
    Result<Issue> saved = plain.save(test::fullFixtureIssue(10));
    REQUIRE(saved.ok());

    IssueRepository refusing(*db, {std::make_shared<RefusingParticipant>()});
    Issue edited = *saved;
    edited.sections[0].articles.clear();
    Result<Issue> refused = refusing.save(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("refused for the test"));
    Result<Issue> loaded = plain.load(10);
    REQUIRE(loaded.ok());
    CHECK(loaded->sameContent(*saved));
    CHECK(loaded->revision == saved->revision);
    CHECK_FALSE(refusing.save(test::fullFixtureIssue(11)).ok());
    CHECK_FALSE(*plain.exists(11));

    Issue invalid = test::fullFixtureIssue(12);
    invalid.masthead.date = QDate();
    Result<Issue> rejected = plain.save(invalid);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().kind == ErrorKind::BadInput);
    CHECK_FALSE(*plain.exists(12));
}

TEST_CASE("deleting removes the issue and every row below it", "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    REQUIRE(repository.save(test::fullFixtureIssue(20)).ok());
    REQUIRE(repository.remove(20).ok());
    CHECK_FALSE(*repository.exists(20));
    QSqlQuery q(db->connection());
    for (const char *table : {"sections", "articles", "paragraphs", "categories", "items",
                              "item_units", "also_units", "footer_staff", "footer_lines"}) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        INFO(table);
        CHECK(q.value(0).toInt() == 0);
    }
    Status missing = repository.remove(20);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("replace overwrites the issue with the same number", "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    REQUIRE(repository.save(test::fullFixtureIssue(30)).ok());
    Issue newer = test::fullFixtureIssue(30);
    newer.masthead.office = QStringLiteral("新的");
    REQUIRE(repository.replace(newer).ok());
    CHECK(repository.load(30)->masthead.office == QStringLiteral("新的"));
    CHECK(repository.list()->size() == 1);
}

TEST_CASE("the first issue comes from the template, the next from the latest",
          "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    NewIssueRequest first;
    first.number = 673;
    first.date = QDate(2022, 4, 13);
    Result<Issue> created = createNextIssue(repository, first);
    REQUIRE(created.ok());
    CHECK(created->masthead.name() == QStringLiteral("门头沟区创建全国文明城市工作快报"));
    CHECK(created->sections.size() == 3);

    Issue filled = *created;
    filled.footer.staff[0].name = QStringLiteral("赵一");
    REQUIRE(repository.save(filled).ok());
    Result<Issue> next = createNextIssue(repository, NewIssueRequest{});
    REQUIRE(next.ok());
    CHECK(next->masthead.number == 674);
    CHECK(next->masthead.date == QDate::currentDate());
    // The roles carry over; names appear as people sign the new issue (issue 14, item 12).
    CHECK(next->footer.staff[0].role == filled.footer.staff[0].role);
    CHECK(next->footer.staff[0].name.isEmpty());
    CHECK(next->footer.distribution == filled.footer.distribution);

    NewIssueRequest taken;
    taken.number = 673;
    Result<Issue> clash = createNextIssue(repository, taken);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().kind == ErrorKind::Conflict);
}

TEST_CASE("a save returns the issue as the archive now holds it", "[repository][engines]") {
    test::TestArchive archive;
    std::unique_ptr<Database> &db = archive.db;
    IssueRepository repository(*db);
    Issue claimed = test::fullFixtureIssue(40);
    claimed.status = IssueStatus::Published; // nobody signed it: sign-off stores it as a draft
    Result<Issue> saved = repository.save(claimed);
    REQUIRE(saved.ok());
    CHECK(saved->status == IssueStatus::Draft);
    CHECK(repository.load(40)->status == IssueStatus::Draft);
    CHECK(saved->revision == repository.load(40)->revision);
}

// Heading levels are stored with their paragraphs and found by the archive search.
#include "search_support.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/search/archivesearch.h"
#include "support/fixtures.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

TEST_CASE("heading levels survive a save and a load, and a level change is saved",
          "[repository][engines]") {
    TestArchive archive;
    IssueRepository repository(*archive.db);
    const Issue original = headingsFixtureIssue();
    Result<Issue> saved = repository.save(original);
    REQUIRE(saved.ok());
    Result<Issue> loaded = repository.load(original.masthead.number);
    REQUIRE(loaded.ok());
    CHECK(loaded->sections == original.sections);
    CHECK(loaded->sections.at(1).articles.at(1).paragraphs.at(1).level == 1);

    Issue changed = *loaded;
    changed.sections[1].articles[1].paragraphs[1].level = 2;
    changed.sections[1].articles[1].paragraphs[0].level = 4;
    REQUIRE(repository.save(changed).ok());
    Result<Issue> again = repository.load(original.masthead.number);
    REQUIRE(again.ok());
    CHECK(again->sections.at(1).articles.at(1).paragraphs.at(1).level == 2);
    CHECK(again->sections.at(1).articles.at(1).paragraphs.at(0).level == 4);
}

TEST_CASE("the archive search finds the text of a heading where it stands", "[search][engines]") {
    TestArchive archive;
    REQUIRE(IssueRepository(*archive.db).save(headingsFixtureIssue()).ok());
    SearchQuery query;
    query.text = QStringLiteral("城市社区");
    Result<QList<SearchHit>> hits = ArchiveSearch(*archive.db).find(query);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().location == SearchLocation{SearchPart::Paragraph, 1, 1, 2});
    CHECK(hits->first().text == QStringLiteral("（一）城市社区"));
}

TEST_CASE("an archive from before heading levels is upgraded with its paragraphs as body text",
          "[migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.db"));
    {
        Result<std::unique_ptr<Database>> v7 = Database::openAtVersion(path, 7);
        REQUIRE(v7.ok());
        REQUIRE((*v7)->schemaVersion() == 7);
        // A program of schema 7 stores issues without levels, and cannot store a heading.
        REQUIRE(IssueRepository(**v7, {}).save(fullFixtureIssue(5)).ok());
        const Result<Issue> refused = IssueRepository(**v7, {}).save(headingsFixtureIssue(6));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("older than heading levels")));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE(db.ok());
    IssueRepository repository(**db);
    Result<Issue> old = repository.load(5);
    REQUIRE(old.ok());
    CHECK(old->sections == fullFixtureIssue(5).sections);
    REQUIRE(repository.save(headingsFixtureIssue(6)).ok());
    CHECK(repository.load(6)->sections == headingsFixtureIssue(6).sections);
}

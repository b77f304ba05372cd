// The unit list: seeded from the template, editable, unknown names listed and mapped at once.
#include "search_support.h"

#include "storage/issuerepository.h"
#include "storage/search/archivesearch.h"
#include "storage/stats/archivestatistics.h"
#include "storage/units/unitdirectory.h"

#include <catch2/catch.hpp>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

int itemsOf(Database &db, const QString &unit) {
    const QList<StatsRow> rows = ArchiveStatistics(db).byUnit({}).value();
    for (const StatsRow &row : rows) {
        if (row.key == unit) {
            return row.items;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("a new archive holds the template's units and aliases", "[units][engines]") {
    TestArchive archive;
    const auto units = UnitDirectory(*archive.db).list();
    REQUIRE(units.ok());
    REQUIRE(units->size() == defaultTemplate().units().size());
    CHECK(units->at(2).name == QStringLiteral("东辛房街道"));
    CHECK(units->at(2).aliases == QStringList{QStringLiteral("东辛房")});
}

TEST_CASE("unknown units are listed and one call maps every occurrence", "[units][engines]") {
    TestArchive archive;
    IssueRepository repository(*archive.db);
    Issue first = sampleShapedIssue();
    first.sections[2].categories[2].items[0].units = {QStringLiteral("永定镇政府")};
    first.sections[2].categories[2].alsoUnits = {QStringLiteral("永定镇政府")};
    REQUIRE(repository.save(first).ok());
    Issue second = sampleShapedIssue();
    second.masthead.number = 700;
    second.masthead.date = QDate(2022, 6, 1);
    second.sections[2].categories[3].items[0].units = {QStringLiteral("永定镇政府"),
                                                       QStringLiteral("永定镇")};
    REQUIRE(repository.save(second).ok());

    UnitDirectory units(*archive.db);
    auto unknown = units.unknown();
    INFO((unknown ? QString() : unknown.error().message).toStdString());
    REQUIRE(unknown.ok());
    REQUIRE(unknown->size() == 1);
    CHECK(unknown->first().name == QStringLiteral("永定镇政府"));
    CHECK(unknown->first().items == 2);
    CHECK(unknown->first().mentions == 1);
    CHECK(itemsOf(*archive.db, QStringLiteral("永定镇")) == 2);

    auto mapped = units.map(QStringLiteral("永定镇政府"), QStringLiteral("永定镇"));
    REQUIRE(mapped.ok());
    CHECK(*mapped == 3);
    CHECK(units.unknown()->isEmpty());
    CHECK(itemsOf(*archive.db, QStringLiteral("永定镇")) == 3);
    const Issue stored = repository.load(700).value();
    CHECK(stored.sections[2].categories[3].items[0].units == QStringList{QStringLiteral("永定镇")});

    SearchQuery old;
    old.text = QStringLiteral("永定镇政府");
    CHECK(ArchiveSearch(*archive.db).find(old)->isEmpty());

    // The name is now an alias: a later save under the old name is stored under the unit.
    Issue again = repository.load(673).value();
    again.sections[2].categories[0].items[0].units = {QStringLiteral("永定镇政府")};
    REQUIRE(repository.save(again).ok());
    CHECK(itemsOf(*archive.db, QStringLiteral("永定镇")) == 4);
}

TEST_CASE("editing the unit list refuses what would make it ambiguous", "[units][engines]") {
    TestArchive archive;
    UnitDirectory units(*archive.db);
    REQUIRE(units.add(QStringLiteral("区体育局")).ok());
    CHECK(units.list()->last().name == QStringLiteral("区体育局"));
    CHECK(units.add(QStringLiteral("区体育局")).error().kind == ErrorKind::Conflict);
    CHECK(units.add(QStringLiteral("东辛房")).error().kind == ErrorKind::Conflict);
    CHECK(units.add(QStringLiteral("  ")).error().kind == ErrorKind::BadInput);
    const Result<int> aliased =
        units.addAlias(QStringLiteral("区体育局"), QStringLiteral("体育局"));
    INFO((aliased ? QString() : aliased.error().message).toStdString());
    REQUIRE(aliased.ok());
    CHECK(units.map(QStringLiteral("斋堂镇"), QStringLiteral("区体育局")).error().kind ==
          ErrorKind::Conflict);
    CHECK(units.map(QStringLiteral("某某"), QStringLiteral("不存在的单位")).error().kind ==
          ErrorKind::NotFound);
    REQUIRE(units.removeAlias(QStringLiteral("体育局")).ok());
    CHECK(units.removeAlias(QStringLiteral("体育局")).error().kind == ErrorKind::NotFound);
}

// Statistics per unit, category and month; the sample's counts must come out exactly.
#include "search_support.h"

#include "storage/issuerepository.h"
#include "storage/stats/archivestatistics.h"
#include "storage/stats/statstable.h"

#include <catch2/catch.hpp>

#include <QMap>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {

QMap<QString, std::pair<int, int>> countsByUnit(Database &db, const StatsRange &range) {
    auto rows = ArchiveStatistics(db).byUnit(range);
    REQUIRE(rows.ok());
    QMap<QString, std::pair<int, int>> out;
    for (const StatsRow &row : *rows) {
        out.insert(row.key, {row.items, row.mentions});
    }
    return out;
}

void requireSampleCounts(const QMap<QString, std::pair<int, int>> &counts) {
    const QMap<QString, std::pair<int, int>> expected = {
        {QStringLiteral("东辛房街道"), {2, 0}}, {QStringLiteral("斋堂镇"), {1, 0}},
        {QStringLiteral("区妇联"), {1, 0}},     {QStringLiteral("永定镇"), {1, 0}},
        {QStringLiteral("龙泉镇"), {0, 2}},     {QStringLiteral("区国资委"), {0, 1}},
        {QStringLiteral("军庄镇"), {0, 1}},     {QStringLiteral("王平镇"), {0, 1}},
    };
    REQUIRE(counts.size() == defaultTemplate().units().size());
    for (const UnitEntry &unit : defaultTemplate().units()) {
        INFO(unit.name.toStdString());
        REQUIRE(counts.contains(unit.name));
        CHECK(counts.value(unit.name) == expected.value(unit.name, {0, 0}));
    }
}

} // namespace

TEST_CASE("the sample's statistics are exact, every other unit listed with 0", "[stats][engines]") {
    TestArchive archive;
    REQUIRE(IssueRepository(*archive.db).save(sampleShapedIssue()).ok());
    requireSampleCounts(countsByUnit(*archive.db, {}));
}

TEST_CASE("the sample's statistics stay exact beside a generated archive", "[stats][engines]") {
    GeneratedArchive archive(30);
    REQUIRE(IssueRepository(*archive.db).save(sampleShapedIssue()).ok());
    const QDate day(2022, 4, 13);
    requireSampleCounts(countsByUnit(*archive.db, {day, day}));
    const auto all = countsByUnit(*archive.db, {});
    int items = 0;
    for (const auto &[n, m] : all) {
        items += n;
    }
    CHECK(items > 100);
}

TEST_CASE("aliases count for their unit, in items and mentions", "[stats][engines]") {
    TestArchive archive;
    Issue issue = sampleShapedIssue();
    issue.sections[2].categories[0].items[0].units = {QStringLiteral("东辛房")};
    issue.sections[2].categories[1].items[0].units = {QStringLiteral("区妇女联合会")};
    issue.sections[2].categories[1].alsoUnits = {QStringLiteral("龙泉"), QStringLiteral("王平镇")};
    const auto saved = IssueRepository(*archive.db).save(issue);
    REQUIRE(saved.ok());
    requireSampleCounts(countsByUnit(*archive.db, {}));
    const Issue stored = IssueRepository(*archive.db).load(673).value();
    CHECK(stored.sections[2].categories[0].items[0].units ==
          QStringList{QStringLiteral("东辛房街道")});
    CHECK(stored.sections[2].categories[1].items[0].units == QStringList{QStringLiteral("区妇联")});
}

TEST_CASE("counts per category and per month follow the date range", "[stats][engines]") {
    TestArchive archive;
    IssueRepository repository(*archive.db);
    REQUIRE(repository.save(sampleShapedIssue()).ok());
    Issue may = sampleShapedIssue();
    may.masthead.number = 690;
    may.masthead.date = QDate(2022, 5, 20);
    REQUIRE(repository.save(may).ok());

    auto categories =
        ArchiveStatistics(*archive.db).byCategory({QDate(2022, 4, 1), QDate(2022, 4, 30)});
    REQUIRE(categories.ok());
    QMap<QString, std::pair<int, int>> byCategory;
    for (const StatsRow &row : *categories) {
        byCategory.insert(row.key, {row.items, row.mentions});
    }
    CHECK(byCategory.value(QStringLiteral("文明培育")) == std::pair{2, 3});
    CHECK(byCategory.value(QStringLiteral("文明实践")) == std::pair{1, 2});
    CHECK(byCategory.value(QStringLiteral("综合整治")) == std::pair{1, 0});
    CHECK(byCategory.value(QStringLiteral("我为群众办实事")) == std::pair{1, 0});

    auto months = ArchiveStatistics(*archive.db).byMonth({});
    REQUIRE(months.ok());
    REQUIRE(months->size() == 2);
    CHECK(months->at(0).key == QStringLiteral("2022-04"));
    CHECK(months->at(0).issues == 1);
    CHECK(months->at(0).items == 5);
    CHECK(months->at(0).mentions == 5);
    CHECK(months->at(1).key == QStringLiteral("2022-05"));

    auto empty = ArchiveStatistics(*archive.db).byUnit({QDate(2022, 6, 1), QDate(2022, 5, 1)});
    REQUIRE(!empty.ok());
    CHECK(empty.error().kind == ErrorKind::BadInput);
}

TEST_CASE("statistics as CSV have fixed columns and quote where needed", "[stats][engines]") {
    const QList<StatsRow> rows = {{QStringLiteral("东辛房街道"), 2, 0, 0, true},
                                  {QStringLiteral("某单位,含逗号"), 1, 3, 0, false}};
    CHECK(StatsTable::csv(StatsGrouping::Unit, rows) ==
          QStringLiteral("unit,items,mentions\n东辛房街道,2,0\n\"某单位,含逗号\",1,3\n"));
    CHECK(StatsTable::csv(StatsGrouping::Month, {{QStringLiteral("2022-04"), 5, 5, 1, true}}) ==
          QStringLiteral("month,issues,items,mentions\n2022-04,1,5,5\n"));
}
